using System.Diagnostics;
using System.Net;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ReferenceData;

/// <summary>A record loaded again, changed, reaches validation once the cache entry of the old one has expired, and not before.</summary>
public sealed class ReferenceDataCacheExpiry
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task ChangedRecordIsSeenOnceTheCacheExpiryHasPassedAndNotBefore()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:QueueListener"] = "false",
            ["ReferenceData:SeedFile"] = "",
            ["ReferenceData:CacheExpiry"] = "00:00:03",
        });
        await app.PostReferenceDataAsync(ReferenceDocuments.Sample());
        var cachedAt = Stopwatch.StartNew();
        var before = await ReadAsync(app);
        var changed = ReferenceDocuments.Sample();
        changed.Record("productOffering", "PO-FIBER-1G")["lifecycleStatus"] = "Retired";
        changed["productOffering"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "PO-FIBER-25G", ["lifecycleStatus"] = "Active", ["productSpecification"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "PS-FIBER-ACCESS" },
        });

        Assert.Equal(HttpStatusCode.OK, (await app.PostReferenceDataAsync(changed)).StatusCode);
        var rightAfter = await ReadAsync(app);
        var readRightAfterIn = cachedAt.Elapsed;
        var after = await Eventually.WaitForAsync(
            () => ReadAsync(app), snapshot => snapshot.Offerings.ContainsKey("PO-FIBER-25G"), "the new offering in the catalog");
        var seenAfter = cachedAt.Elapsed;

        Assert.Equal(("Active", false), (before.Offerings["PO-FIBER-1G"].LifecycleStatus, before.Offerings.ContainsKey("PO-FIBER-25G")));
        Assert.True(readRightAfterIn < Expiry, $"the reload and read took {readRightAfterIn}, longer than the expiry this test relies on");
        Assert.Equal(("Active", false), (rightAfter.Offerings["PO-FIBER-1G"].LifecycleStatus, rightAfter.Offerings.ContainsKey("PO-FIBER-25G")));
        Assert.Equal("Retired", after.Offerings["PO-FIBER-1G"].LifecycleStatus);
        Assert.True(seenAfter >= Expiry, $"the change was seen after {seenAfter}, before the expiry of {Expiry}");
    }

    private static Task<ReferenceSnapshot> ReadAsync(PipelineApp app) =>
        app.ReadCatalogAsync(ReferenceKind.ProductOffering, "PO-FIBER-1G", "PO-FIBER-25G");
}
