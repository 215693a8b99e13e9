using System.Text.Json;
using System.Text.Json.Serialization;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>One line of a TMF622 product order.</summary>
public sealed record ProductOrderItem
{
    public string? Id { get; init; }
    public string? Action { get; init; }
    public int? Quantity { get; init; }
    public string? State { get; init; }
    public EntityRef? ProductOffering { get; init; }
    public ProductRefOrValue? Product { get; init; }
    public IReadOnlyList<OrderItemRelationship>? ProductOrderItemRelationship { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
