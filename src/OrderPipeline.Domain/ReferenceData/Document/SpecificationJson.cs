using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>
/// A TMF620 ProductSpecification or TMF633 ServiceSpecification as the document holds it. The fields whose names differ
/// between the two stay in <see cref="Other"/> and are read by the names <see cref="SpecificationVocabulary"/> gives.
/// </summary>
internal sealed class SpecificationJson : IDocumentRecord
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Version { get; set; }
    public string? LifecycleStatus { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}
