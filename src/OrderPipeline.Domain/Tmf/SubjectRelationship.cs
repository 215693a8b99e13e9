using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.Tmf;

/// <summary>
/// A link from a product to another product (TMF622 <c>productRelationship</c>) or from a service to another service
/// (TMF641 <c>serviceRelationship</c>); each names the other one under its own JSON name.
/// </summary>
public sealed record SubjectRelationship
{
    public string? RelationshipType { get; init; }

    [JsonPropertyName("product")]
    public EntityRef? Product { get; init; }

    [JsonPropertyName("service")]
    public EntityRef? Service { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
