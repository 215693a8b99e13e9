using System.Text.Json;
using System.Text.Json.Serialization;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>
/// A TMF622 v4 ProductOrder. Fields the pipeline reads are typed; every other field the client sends
/// (channel, note, billingAccount, orderTotalPrice, …) is kept in <see cref="Extensions"/> and echoed back.
/// Dates stay as sent, so an echo is the client's own text; validation parses them.
/// </summary>
public sealed record ProductOrder
{
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
}
