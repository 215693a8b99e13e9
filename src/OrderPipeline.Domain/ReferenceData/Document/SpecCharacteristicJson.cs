using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>A characteristic of a specification; its allowed values stay in <see cref="Other"/> under the vocabulary's name.</summary>
internal sealed class SpecCharacteristicJson
{
    public string? Name { get; set; }
    public string? ValueType { get; set; }
    public int? MinCardinality { get; set; }
    public int? MaxCardinality { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}
