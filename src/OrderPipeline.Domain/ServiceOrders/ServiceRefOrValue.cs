using System.Text.Json;
using System.Text.Json.Serialization;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ServiceOrders;

/// <summary>The service an order item adds (by value) or changes and disconnects (by <see cref="Id"/> of the existing service).</summary>
public sealed record ServiceRefOrValue
{
    public string? Id { get; init; }
    public string? Href { get; init; }
    public string? Name { get; init; }
    public EntityRef? ServiceSpecification { get; init; }
    public IReadOnlyList<Characteristic>? ServiceCharacteristic { get; init; }
    public IReadOnlyList<SubjectRelationship>? ServiceRelationship { get; init; }

    /// <summary>TMF641 sends an array of RelatedPlaceRefOrValue; kept as sent.</summary>
    public JsonElement? Place { get; init; }

    public IReadOnlyList<RelatedParty>? RelatedParty { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
