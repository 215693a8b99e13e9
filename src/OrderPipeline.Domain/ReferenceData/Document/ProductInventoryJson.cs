namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>A TMF637 Product of the product inventory as the document holds it.</summary>
internal sealed class ProductInventoryJson : IDocumentRecord
{
    public string? Id { get; set; }
    public string? Status { get; set; }
    public EntityRefJson? ProductOffering { get; set; }
    public EntityRefJson? ProductSpecification { get; set; }
    public List<RelatedPartyJson?>? RelatedParty { get; set; }
}
