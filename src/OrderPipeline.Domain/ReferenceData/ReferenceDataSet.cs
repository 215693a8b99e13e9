namespace OrderPipeline.Domain.ReferenceData;

/// <summary>The records of one reference-data document, per kind, checked and normalized.</summary>
public sealed record ReferenceDataSet(
    IReadOnlyList<ProductOffering> ProductOfferings,
    IReadOnlyList<Specification> ProductSpecifications,
    IReadOnlyList<Specification> ServiceSpecifications,
    IReadOnlyList<Party> Parties,
    IReadOnlyList<InventoryItem> Products,
    IReadOnlyList<InventoryItem> Services)
{
    public static ReferenceDataSet Empty { get; } = new([], [], [], [], [], []);

    /// <summary>How many records of each kind the set holds, every kind named (0 when none).</summary>
    public IReadOnlyDictionary<ReferenceKind, int> Counts() => new Dictionary<ReferenceKind, int>
    {
        [ReferenceKind.ProductOffering] = ProductOfferings.Count,
        [ReferenceKind.ProductSpecification] = ProductSpecifications.Count,
        [ReferenceKind.ServiceSpecification] = ServiceSpecifications.Count,
        [ReferenceKind.Party] = Parties.Count,
        [ReferenceKind.Product] = Products.Count,
        [ReferenceKind.Service] = Services.Count,
    };
}
