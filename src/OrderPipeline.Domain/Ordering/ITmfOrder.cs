using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Ordering;

/// <summary>
/// A TMF622 product order or a TMF641 service order. The pipeline is written once against this: where the two
/// resources differ only in names, <see cref="Names"/> says so; where they differ in shape, each says it here.
/// </summary>
public interface ITmfOrder<TOrder>
    where TOrder : class, ITmfOrder<TOrder>
{
    static abstract OrderVocabulary Names { get; }

    /// <summary>The path of the collection, such as <c>/tmf-api/productOrderingManagement/v4/productOrder</c>.</summary>
    static abstract string BasePath { get; }

    static abstract JsonTypeInfo<TOrder> JsonTypeInfo { get; }

    static abstract JsonTypeInfo<List<TOrder>> ListJsonTypeInfo { get; }

    string? Id { get; }
    string? Href { get; }
    string? ExternalId { get; }
    string? RequestedStartDate { get; }
    string? RequestedCompletionDate { get; }
    string? OrderDate { get; }
    string? State { get; }
    IReadOnlyList<RelatedParty>? RelatedParty { get; }
    IReadOnlyList<OrderErrorMessage>? ErrorMessage { get; }

    /// <summary>The order's <c>@type</c>.</summary>
    string? Type { get; }

    /// <summary>The fields the client sent that the record does not type, kept as sent and echoed back.</summary>
    Dictionary<string, JsonElement>? Extensions { get; set; }

    /// <summary>How many entries the item list has, null ones included; null when the list is missing.</summary>
    int? ItemCount { get; }

    OrderView View();

    /// <summary>The order with the fields the server owns set, on the order and on each item; <c>errorMessage</c> only when <paramref name="error"/> is given.</summary>
    TOrder WithServerFields(string id, string href, string orderDate, string state, OrderErrorMessage? error);

    /// <summary>For the customer order: what each item (by index) adds besides its <see cref="OrderItemView"/>.</summary>
    OrderLineContent LineContent(int index);

    /// <summary>The order without its items, as JSON: the customer order header keeps it, its lines keep the items.</summary>
    string HeaderJson();

    /// <summary>The order rebuilt from <see cref="HeaderJson"/> and the items' JSON; <paramref name="itemsJson"/> null leaves the items out.</summary>
    static abstract TOrder FromStored(string headerJson, IReadOnlyList<string>? itemsJson);
}
