using System.Text.Json;
using System.Text.Json.Serialization;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>The product an order item adds (by value) or changes and disconnects (by <see cref="Id"/> of the existing product).</summary>
public sealed record ProductRefOrValue
{
    public string? Id { get; init; }
    public string? Href { get; init; }
    public string? Name { get; init; }
    public EntityRef? ProductSpecification { get; init; }
    public IReadOnlyList<Characteristic>? ProductCharacteristic { get; init; }
    public IReadOnlyList<SubjectRelationship>? ProductRelationship { get; init; }

    /// <summary>TMF622 v4 sends an array of RelatedPlaceRefOrValue, ServiceNow a single place object; both are kept as sent.</summary>
    public JsonElement? Place { get; init; }

    public IReadOnlyList<RelatedParty>? RelatedParty { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
