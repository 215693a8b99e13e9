using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.Domain.Tests.Catalog;

/// <summary>A catalog held in memory that answers as the real one must (only what was asked, only what exists) and keeps every query it got.</summary>
internal sealed class InMemoryReferenceCatalog : IReferenceCatalog
{
    private readonly List<IReadOnlyDictionary<ReferenceKind, string[]>> queries = [];

    public Dictionary<string, ProductOffering> Offerings { get; } = [];
    public Dictionary<string, Specification> ProductSpecifications { get; } = [];
    public Dictionary<string, Specification> ServiceSpecifications { get; } = [];
    public Dictionary<string, Party> Parties { get; } = [];
    public Dictionary<string, InventoryItem> Products { get; } = [];
    public Dictionary<string, InventoryItem> Services { get; } = [];

    /// <summary>The ids asked for, read by read, as they were when asked.</summary>
    public IReadOnlyList<IReadOnlyDictionary<ReferenceKind, string[]>> Queries => queries;

    public Task<ReferenceSnapshot> ReadAsync(ReferenceQuery query, CancellationToken cancellationToken)
    {
        queries.Add(query.Ids.ToDictionary(pair => pair.Key, pair => pair.Value.Order(StringComparer.Ordinal).ToArray()));
        return Task.FromResult(new ReferenceSnapshot(
            Found(query, ReferenceKind.ProductOffering, Offerings),
            Found(query, ReferenceKind.ProductSpecification, ProductSpecifications),
            Found(query, ReferenceKind.ServiceSpecification, ServiceSpecifications),
            Found(query, ReferenceKind.Party, Parties),
            Found(query, ReferenceKind.Product, Products),
            Found(query, ReferenceKind.Service, Services)));
    }

    private static Dictionary<string, T> Found<T>(ReferenceQuery query, ReferenceKind kind, Dictionary<string, T> records) =>
        query.Ids.TryGetValue(kind, out var ids)
            ? ids.Where(records.ContainsKey).ToDictionary(id => id, id => records[id])
            : [];
}
