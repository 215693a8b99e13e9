namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>A TMF620 ProductOffering as the document holds it.</summary>
internal sealed class ProductOfferingJson : IDocumentRecord
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? LifecycleStatus { get; set; }
    public EntityRefJson? ProductSpecification { get; set; }
}
