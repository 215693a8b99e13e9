namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>A TMF638 Service of the service inventory as the document holds it.</summary>
internal sealed class ServiceInventoryJson : IDocumentRecord
{
    public string? Id { get; set; }
    public string? State { get; set; }
    public EntityRefJson? ServiceSpecification { get; set; }
    public List<RelatedPartyJson?>? RelatedParty { get; set; }
}
