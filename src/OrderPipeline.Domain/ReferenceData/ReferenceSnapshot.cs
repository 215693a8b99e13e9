namespace OrderPipeline.Domain.ReferenceData;

/// <summary>
/// The reference data found for a <see cref="ReferenceQuery"/>, by id. An id that was asked for and is missing here
/// does not exist.
/// </summary>
public sealed record ReferenceSnapshot(
    IReadOnlyDictionary<string, ProductOffering> Offerings,
    IReadOnlyDictionary<string, Specification> ProductSpecifications,
    IReadOnlyDictionary<string, Specification> ServiceSpecifications,
    IReadOnlyDictionary<string, Party> Parties,
    IReadOnlyDictionary<string, InventoryItem> Products,
    IReadOnlyDictionary<string, InventoryItem> Services)
{
    public static ReferenceSnapshot Empty { get; } = new(
        new Dictionary<string, ProductOffering>(), new Dictionary<string, Specification>(), new Dictionary<string, Specification>(),
        new Dictionary<string, Party>(), new Dictionary<string, InventoryItem>(), new Dictionary<string, InventoryItem>());

    public IReadOnlyDictionary<string, Specification> SpecificationsFor(OrderType orderType) =>
        orderType == OrderType.Product ? ProductSpecifications : ServiceSpecifications;

    public IReadOnlyDictionary<string, InventoryItem> InventoryFor(OrderType orderType) =>
        orderType == OrderType.Product ? Products : Services;
}
