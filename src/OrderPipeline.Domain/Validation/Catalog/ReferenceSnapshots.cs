using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>Joins the answers of the two catalog reads of one order into one snapshot.</summary>
internal static class ReferenceSnapshots
{
    public static ReferenceSnapshot Merge(ReferenceSnapshot first, ReferenceSnapshot second) => new(
        Union(first.Offerings, second.Offerings),
        Union(first.ProductSpecifications, second.ProductSpecifications),
        Union(first.ServiceSpecifications, second.ServiceSpecifications),
        Union(first.Parties, second.Parties),
        Union(first.Products, second.Products),
        Union(first.Services, second.Services));

    private static Dictionary<string, T> Union<T>(IReadOnlyDictionary<string, T> first, IReadOnlyDictionary<string, T> second)
    {
        var union = new Dictionary<string, T>(first, StringComparer.Ordinal);
        foreach (var (id, record) in second) union.TryAdd(id, record);
        return union;
    }
}
