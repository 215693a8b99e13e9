using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.Tmf;

/// <summary>A link from one order item to another item of the same order, by the other item's id.</summary>
public sealed record OrderItemRelationship
{
    public string? Id { get; init; }
    public string? RelationshipType { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
