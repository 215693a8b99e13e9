using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Catalog;

/// <summary>An admin reloads reference data while the app runs: orders see the change within the cache expiry.</summary>
public sealed class ReloadedCatalog
{
    private static readonly TimeSpan CacheExpiry = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task OfferingAddedToTheCatalogCanBeOrderedWithinTheCacheExpiry()
    {
        await using var app = await StartAsync();
        var order = Orders.Sample();
        order["productOrderItem"]![0]!["productOffering"]!["id"] = "PO-FIBER-2G";
        var refused = await (await app.PostOrderAsync(order)).AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Equal(["productOrderItem[0].productOffering.id"], refused.DetailPaths());

        var offering = new JsonObject
        {
            ["id"] = "PO-FIBER-2G", ["name"] = "Business Fiber 2 Gbit/s", ["lifecycleStatus"] = "Active",
            ["productSpecification"] = new JsonObject { ["id"] = "PS-FIBER-ACCESS" },
        };
        var loaded = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await app.PostReferenceDataAsync(new JsonObject { ["productOffering"] = new JsonArray(offering) })).StatusCode);

        await Eventually.WaitForAsync(() => app.PostOrderAsync(order), response => response.StatusCode == HttpStatusCode.Created, "the new offering to be orderable");
        Assert.True(loaded.Elapsed < CacheExpiry + TimeSpan.FromSeconds(2), $"took {loaded.Elapsed} with a cache expiry of {CacheExpiry}");
    }

    [Fact]
    public async Task ServiceSpecificationRetiredInTheCatalogIsRefusedWithinTheCacheExpiry()
    {
        await using var app = await StartAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await app.PostServiceOrderAsync(ServiceOrderJson.Sample(), "async")).StatusCode);

        var retired = ReferenceDocuments.Sample().Record("serviceSpecification", "SS-IP-VPN");
        retired["lifecycleStatus"] = "Retired";
        var loaded = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.OK, (await app.PostReferenceDataAsync(new JsonObject { ["serviceSpecification"] = new JsonArray(retired.DeepClone()) })).StatusCode);

        var response = await Eventually.WaitForAsync(
            () => app.PostServiceOrderAsync(ServiceOrderJson.Sample(), "async"), response => response.StatusCode == HttpStatusCode.BadRequest, "the retired specification to be refused");
        Assert.True(loaded.Elapsed < CacheExpiry + TimeSpan.FromSeconds(2), $"took {loaded.Elapsed} with a cache expiry of {CacheExpiry}");
        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Equal(["serviceOrderItem[1].service.serviceSpecification.id"], error.DetailPaths());
    }

    private static Task<PipelineApp> StartAsync() => PipelineApp.StartAsync(new Dictionary<string, string?>
    {
        ["DevHost:QueueListener"] = "false",
        ["ReferenceData:CacheExpiry"] = $"{CacheExpiry:c}",
    });
}
