using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.Domain.Tests.ReferenceData;

/// <summary>Storage double: keeps records in memory and remembers which ids each read asked for.</summary>
internal sealed class InMemoryReferenceDataStore : IReferenceDataStore
{
    private readonly Dictionary<(ReferenceKind, string), object> records = [];

    public List<ReferenceDataSet> Upserts { get; } = [];

    /// <summary>Every (kind, id) each read asked for, one list per read.</summary>
    public List<List<(ReferenceKind Kind, string Id)>> Reads { get; } = [];

    public int ReadsOf(ReferenceKind kind, string id) => Reads.Count(read => read.Contains((kind, id)));

    public void Put(ReferenceKind kind, string id, object record) => records[(kind, id)] = record;

    public Task<IReadOnlyDictionary<ReferenceKind, int>> UpsertAsync(ReferenceDataSet set, CancellationToken cancellationToken)
    {
        Upserts.Add(set);
        foreach (var offering in set.ProductOfferings) Put(ReferenceKind.ProductOffering, offering.Id, offering);
        foreach (var specification in set.ProductSpecifications) Put(ReferenceKind.ProductSpecification, specification.Id, specification);
        foreach (var specification in set.ServiceSpecifications) Put(ReferenceKind.ServiceSpecification, specification.Id, specification);
        foreach (var party in set.Parties) Put(ReferenceKind.Party, party.Id, party);
        foreach (var product in set.Products) Put(ReferenceKind.Product, product.Id, product);
        foreach (var service in set.Services) Put(ReferenceKind.Service, service.Id, service);
        return Task.FromResult(set.Counts());
    }

    public Task<ReferenceSnapshot> ReadAsync(ReferenceQuery query, CancellationToken cancellationToken)
    {
        var asked = query.Ids.SelectMany(pair => pair.Value.Select(id => (pair.Key, id))).ToList();
        Reads.Add(asked);
        var snapshot = new ReferenceSnapshotBuilder();
        foreach (var (kind, id) in asked) snapshot.Add(kind, records.GetValueOrDefault((kind, id)));
        return Task.FromResult(snapshot.Build());
    }

    public Task<IReadOnlyDictionary<ReferenceKind, int>> CountAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<ReferenceKind, int>>(
            ReferenceKindNames.All.ToDictionary(kind => kind, kind => records.Keys.Count(key => key.Item1 == kind)));
}
