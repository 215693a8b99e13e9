using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>
/// A TMF622 v4 ProductOrder. Fields the pipeline reads are typed; every other field the client sends
/// (channel, note, billingAccount, orderTotalPrice, …) is kept in <see cref="Extensions"/> and echoed back.
/// Dates stay as sent, so an echo is the client's own text; validation parses them.
/// </summary>
public sealed record ProductOrder : ITmfOrder<ProductOrder>
{
    public static OrderVocabulary Names => OrderVocabulary.Product;
    public static string BasePath => "/tmf-api/productOrderingManagement/v4/productOrder";
    public static JsonTypeInfo<ProductOrder> JsonTypeInfo => TmfJsonContext.Default.ProductOrder;
    public static JsonTypeInfo<List<ProductOrder>> ListJsonTypeInfo => TmfJsonContext.Default.ListProductOrder;

    public string? Id { get; init; }
    public string? Href { get; init; }
    public string? ExternalId { get; init; }
    public string? Description { get; init; }
    public string? Category { get; init; }
    public string? Priority { get; init; }
    public string? RequestedStartDate { get; init; }
    public string? RequestedCompletionDate { get; init; }
    public string? OrderDate { get; init; }
    public string? State { get; init; }
    public IReadOnlyList<RelatedParty>? RelatedParty { get; init; }
    public IReadOnlyList<ProductOrderItem>? ProductOrderItem { get; init; }
    public IReadOnlyList<OrderErrorMessage>? ErrorMessage { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }

    int? ITmfOrder<ProductOrder>.ItemCount => ProductOrderItem?.Count;

    public OrderView View()
    {
        var (customerId, customerPath) = Tmf.RelatedParty.FindCustomer(RelatedParty);
        var items = (ProductOrderItem ?? []).Select((item, index) => item?.View(index)).OfType<OrderItemView>().ToList();
        return new OrderView(Names, customerId, customerPath, items);
    }

    public ProductOrder WithServerFields(string id, string href, string orderDate, string state, OrderErrorMessage? error) => this with
    {
        Id = id,
        Href = href,
        OrderDate = orderDate,
        State = state,
        Type = Type ?? Names.ResourceType,
        ProductOrderItem = ProductOrderItem?.Select(item => item with { State = state }).ToList(),
        ErrorMessage = error is null ? null : [error],
    };

    public OrderLineContent LineContent(int index)
    {
        var item = ProductOrderItem![index];
        return new OrderLineContent(
            item.Product?.Place?.GetRawText(), item.Product?.RelatedParty ?? [], JsonSerializer.Serialize(item, TmfJsonContext.Default.ProductOrderItem));
    }

    public string HeaderJson() => JsonSerializer.Serialize(this with { ProductOrderItem = null }, JsonTypeInfo);

    public static ProductOrder FromStored(string headerJson, IReadOnlyList<string>? itemsJson)
    {
        var order = JsonSerializer.Deserialize(headerJson, JsonTypeInfo) ?? new ProductOrder();
        // A cancelled order's items are kept as created; they are cancelled with it.
        var cancelled = order.State == OrderStates.Cancelled;
        return order with
        {
            ProductOrderItem = itemsJson?.Select(item => JsonSerializer.Deserialize(item, TmfJsonContext.Default.ProductOrderItem)!)
                .Select(item => cancelled ? item with { State = OrderStates.Cancelled } : item).ToList(),
        };
    }
}
