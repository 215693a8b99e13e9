using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>A customer account or consumer as the document holds it.</summary>
internal sealed class PartyJson : IDocumentRecord
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    [JsonPropertyName("@type")]
    public string? Type { get; set; }

    public string? Status { get; set; }
}
