namespace OrderPipeline.Domain.ReferenceData;

/// <summary>Gathers records of any kind into a <see cref="ReferenceSnapshot"/>.</summary>
public sealed class ReferenceSnapshotBuilder
{
    private readonly Dictionary<string, ProductOffering> offerings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Specification> productSpecifications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Specification> serviceSpecifications = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Party> parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InventoryItem> products = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InventoryItem> services = new(StringComparer.Ordinal);

    /// <param name="kind">The kind of <paramref name="record"/>; specifications and inventory items serve two kinds each.</param>
    /// <param name="record">The record, or null for none (nothing is added).</param>
    public ReferenceSnapshotBuilder Add(ReferenceKind kind, object? record)
    {
        switch (kind, record)
        {
            case (_, null):
                break;
            case (ReferenceKind.ProductOffering, ProductOffering offering):
                offerings[offering.Id] = offering;
                break;
            case (ReferenceKind.ProductSpecification, Specification specification):
                productSpecifications[specification.Id] = specification;
                break;
            case (ReferenceKind.ServiceSpecification, Specification specification):
                serviceSpecifications[specification.Id] = specification;
                break;
            case (ReferenceKind.Party, Party party):
                parties[party.Id] = party;
                break;
            case (ReferenceKind.Product, InventoryItem item):
                products[item.Id] = item;
                break;
            case (ReferenceKind.Service, InventoryItem item):
                services[item.Id] = item;
                break;
            default:
                throw new ArgumentException($"A {record.GetType().Name} is no {kind.DocumentName()} record.", nameof(record));
        }

        return this;
    }

    public ReferenceSnapshot Build() => new(offerings, productSpecifications, serviceSpecifications, parties, products, services);

    /// <summary>The record of <paramref name="kind"/> with <paramref name="id"/> in <paramref name="snapshot"/>, or null.</summary>
    public static object? Find(ReferenceSnapshot snapshot, ReferenceKind kind, string id) => kind switch
    {
        ReferenceKind.ProductOffering => snapshot.Offerings.GetValueOrDefault(id),
        ReferenceKind.ProductSpecification => snapshot.ProductSpecifications.GetValueOrDefault(id),
        ReferenceKind.ServiceSpecification => snapshot.ServiceSpecifications.GetValueOrDefault(id),
        ReferenceKind.Party => snapshot.Parties.GetValueOrDefault(id),
        ReferenceKind.Product => snapshot.Products.GetValueOrDefault(id),
        _ => snapshot.Services.GetValueOrDefault(id),
    };
}
