namespace OrderPipeline.Domain.ReferenceData;

/// <summary>The kinds of reference data, named as the arrays of the reference-data document name them.</summary>
public enum ReferenceKind
{
    ProductOffering,
    ProductSpecification,
    ServiceSpecification,
    Party,
    Product,
    Service,
}
