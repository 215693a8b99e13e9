using Microsoft.Extensions.Options;
using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.Domain.Tests.ReferenceData;

/// <summary>The catalog keeps what it read, found or not, for the cache expiry, and asks the store only for what it does not freshly hold.</summary>
public sealed class ReferenceCatalogCaching
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);
    private readonly InMemoryReferenceDataStore store = new();
    private readonly ManualClock clock = new();
    private readonly CachedReferenceCatalog catalog;

    public ReferenceCatalogCaching()
    {
        store.Put(ReferenceKind.ProductOffering, "PO-1", Offering("PO-1", "Active"));
        store.Put(ReferenceKind.ProductOffering, "PO-2", Offering("PO-2", "Active"));
        store.Put(ReferenceKind.Party, "CUST-1", new Party("CUST-1", "Contoso", "Customer", "active"));
        catalog = Catalog(maxEntries: 1000);
    }

    [Fact]
    public async Task FreshEntryIsNotReadAgain()
    {
        await ReadAsync(ReferenceKind.ProductOffering, "PO-1");
        clock.Advance(Expiry - TimeSpan.FromMilliseconds(1));

        var snapshot = await ReadAsync(ReferenceKind.ProductOffering, "PO-1");

        Assert.Equal("PO-1", Assert.Single(snapshot.Offerings).Key);
        Assert.Equal(1, store.ReadsOf(ReferenceKind.ProductOffering, "PO-1"));
    }

    [Fact]
    public async Task RecordThatDoesNotExistIsCachedToo()
    {
        var first = await ReadAsync(ReferenceKind.ProductOffering, "PO-UNKNOWN");
        store.Put(ReferenceKind.ProductOffering, "PO-UNKNOWN", Offering("PO-UNKNOWN", "Active"));

        var second = await ReadAsync(ReferenceKind.ProductOffering, "PO-UNKNOWN");

        Assert.Empty(first.Offerings);
        Assert.Empty(second.Offerings);
        Assert.Equal(1, store.ReadsOf(ReferenceKind.ProductOffering, "PO-UNKNOWN"));
    }

    [Fact]
    public async Task AfterExpiryTheStoreIsReadAgainAndItsChangeSeen()
    {
        await ReadAsync(ReferenceKind.ProductOffering, "PO-1");
        store.Put(ReferenceKind.ProductOffering, "PO-1", Offering("PO-1", "Retired"));
        clock.Advance(Expiry);

        var offering = await ReadAsync(ReferenceKind.ProductOffering, "PO-1");

        Assert.Equal("Retired", offering.Offerings["PO-1"].LifecycleStatus);
        Assert.Equal(2, store.ReadsOf(ReferenceKind.ProductOffering, "PO-1"));
    }

    [Fact]
    public async Task OnlyIdsNotFreshInTheCacheGoToTheStore()
    {
        await ReadAsync(ReferenceKind.ProductOffering, "PO-1");
        await ReadAsync(ReferenceKind.ProductOffering, "PO-UNKNOWN");
        clock.Advance(TimeSpan.FromSeconds(10));
        await ReadAsync(ReferenceKind.Party, "CUST-1");
        clock.Advance(Expiry - TimeSpan.FromSeconds(5));
        var query = new ReferenceQuery()
            .Add(ReferenceKind.ProductOffering, "PO-1")
            .Add(ReferenceKind.ProductOffering, "PO-2")
            .Add(ReferenceKind.ProductOffering, "PO-UNKNOWN")
            .Add(ReferenceKind.Party, "CUST-1");

        var snapshot = await catalog.ReadAsync(query, CancellationToken.None);

        Assert.Equal(["PO-1", "PO-2"], snapshot.Offerings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("CUST-1", Assert.Single(snapshot.Parties).Key);
        Assert.Equal(
            [(ReferenceKind.ProductOffering, "PO-1"), (ReferenceKind.ProductOffering, "PO-2"), (ReferenceKind.ProductOffering, "PO-UNKNOWN")],
            store.Reads[^1].Order());
    }

    [Fact]
    public async Task QueryAnsweredWhollyFromTheCacheDoesNotReachTheStore()
    {
        var query = new ReferenceQuery().Add(ReferenceKind.ProductOffering, "PO-1").Add(ReferenceKind.Party, "CUST-1");
        await catalog.ReadAsync(query, CancellationToken.None);

        var snapshot = await catalog.ReadAsync(query, CancellationToken.None);

        Assert.Single(store.Reads);
        Assert.Single(snapshot.Offerings);
        Assert.Single(snapshot.Parties);
    }

    [Fact]
    public async Task SameIdOfAnotherKindIsAnotherEntry()
    {
        store.Put(ReferenceKind.Product, "X-1", new InventoryItem("X-1", "active", "PS-1", null, []));
        await ReadAsync(ReferenceKind.Product, "X-1");

        var snapshot = await ReadAsync(ReferenceKind.Service, "X-1");

        Assert.Empty(snapshot.Services);
        Assert.Equal(1, store.ReadsOf(ReferenceKind.Service, "X-1"));
    }

    [Fact]
    public async Task AboveTheCapTheEntriesExpiringFirstAreDropped()
    {
        var small = Catalog(maxEntries: 4);
        await small.ReadAsync(new ReferenceQuery().Add(ReferenceKind.ProductOffering, "PO-1").Add(ReferenceKind.ProductOffering, "PO-2"), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(1));
        await small.ReadAsync(new ReferenceQuery().Add(ReferenceKind.Party, "CUST-1").Add(ReferenceKind.Party, "CUST-2").Add(ReferenceKind.Party, "CUST-3"), CancellationToken.None);

        await small.ReadAsync(new ReferenceQuery().Add(ReferenceKind.ProductOffering, "PO-1").Add(ReferenceKind.Party, "CUST-1"), CancellationToken.None);

        Assert.Equal(2, store.ReadsOf(ReferenceKind.ProductOffering, "PO-1"));
        Assert.Equal(1, store.ReadsOf(ReferenceKind.Party, "CUST-1"));
    }

    private CachedReferenceCatalog Catalog(int maxEntries) => new(
        store, Options.Create(new ReferenceDataOptions { CacheExpiry = Expiry, MaxCachedEntries = maxEntries }), clock);

    private Task<ReferenceSnapshot> ReadAsync(ReferenceKind kind, string id) =>
        catalog.ReadAsync(new ReferenceQuery().Add(kind, id), CancellationToken.None);

    private static ProductOffering Offering(string id, string status) => new(id, id, status, "PS-1");
}
