using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.Tmf;

/// <summary>A reference by id to another TM Forum entity (ProductOfferingRef, ProductSpecificationRef, …).</summary>
public sealed record EntityRef
{
    public string? Id { get; init; }
    public string? Href { get; init; }
    public string? Name { get; init; }
    public string? Version { get; init; }

    [JsonPropertyName("@referredType")]
    public string? ReferredType { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
