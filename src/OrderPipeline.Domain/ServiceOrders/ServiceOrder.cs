using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ServiceOrders;

/// <summary>
/// A TMF641 v4 ServiceOrder. As with product orders, fields the pipeline reads are typed and every other field
/// (note, externalReference, orderRelationship, …) is kept in <see cref="Extensions"/> and echoed back.
/// </summary>
public sealed record ServiceOrder : ITmfOrder<ServiceOrder>
{
    public static OrderVocabulary Names => OrderVocabulary.Service;
    public static string BasePath => "/tmf-api/serviceOrdering/v4/serviceOrder";
    public static JsonTypeInfo<ServiceOrder> JsonTypeInfo => TmfJsonContext.Default.ServiceOrder;
    public static JsonTypeInfo<List<ServiceOrder>> ListJsonTypeInfo => TmfJsonContext.Default.ListServiceOrder;

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
    public IReadOnlyList<ServiceOrderItem>? ServiceOrderItem { get; init; }
    public IReadOnlyList<OrderErrorMessage>? ErrorMessage { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }

    int? ITmfOrder<ServiceOrder>.ItemCount => ServiceOrderItem?.Count;

    public OrderView View()
    {
        var (customerId, customerPath) = Tmf.RelatedParty.FindCustomer(RelatedParty);
        var items = (ServiceOrderItem ?? []).Select((item, index) => item?.View(index)).OfType<OrderItemView>().ToList();
        return new OrderView(Names, customerId, customerPath, items);
    }

    public ServiceOrder WithServerFields(string id, string href, string orderDate, string state, OrderErrorMessage? error) => this with
    {
        Id = id,
        Href = href,
        OrderDate = orderDate,
        State = state,
        Type = Type ?? Names.ResourceType,
        ServiceOrderItem = ServiceOrderItem?.Select(item => item with { State = state }).ToList(),
        ErrorMessage = error is null ? null : [error],
    };

    public OrderLineContent LineContent(int index)
    {
        var item = ServiceOrderItem![index];
        return new OrderLineContent(
            item.Service?.Place?.GetRawText(), item.Service?.RelatedParty ?? [], JsonSerializer.Serialize(item, TmfJsonContext.Default.ServiceOrderItem));
    }

    public string HeaderJson() => JsonSerializer.Serialize(this with { ServiceOrderItem = null }, JsonTypeInfo);

    public static ServiceOrder FromStored(string headerJson, IReadOnlyList<string>? itemsJson)
    {
        var order = JsonSerializer.Deserialize(headerJson, JsonTypeInfo) ?? new ServiceOrder();
        // A cancelled order's items are kept as created; they are cancelled with it.
        var cancelled = order.State == OrderStates.Cancelled;
        return order with
        {
            ServiceOrderItem = itemsJson?.Select(item => JsonSerializer.Deserialize(item, TmfJsonContext.Default.ServiceOrderItem)!)
                .Select(item => cancelled ? item with { State = OrderStates.Cancelled } : item).ToList(),
        };
    }
}
