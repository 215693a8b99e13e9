namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>
/// The one place that says how TMF620 product specifications and TMF633 service specifications name the same things;
/// everything else about the two is read, checked and mapped by the same code.
/// </summary>
internal sealed record SpecificationVocabulary(ReferenceKind Kind, string Characteristics, string AllowedValues, string Relationships)
{
    public static SpecificationVocabulary Product { get; } = new(
        ReferenceKind.ProductSpecification, "productSpecCharacteristic", "productSpecCharacteristicValue", "productSpecificationRelationship");

    public static SpecificationVocabulary Service { get; } = new(
        ReferenceKind.ServiceSpecification, "specCharacteristic", "characteristicValueSpecification", "serviceSpecRelationship");

    /// <summary>The name of the document's array of these specifications.</summary>
    public string Name => Kind.DocumentName();

    /// <summary>The other kind's vocabulary, to catch a name used in the wrong kind of specification.</summary>
    public SpecificationVocabulary Other => Kind == ReferenceKind.ProductSpecification ? Service : Product;
}
