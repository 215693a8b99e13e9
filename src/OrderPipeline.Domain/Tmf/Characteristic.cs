using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.Tmf;

/// <summary>A name/value pair describing a product or service (TMF Characteristic).</summary>
public sealed record Characteristic
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? ValueType { get; init; }
    public JsonElement? Value { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
