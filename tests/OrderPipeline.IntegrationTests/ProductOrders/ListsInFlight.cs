using System.Net;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ProductOrders;

/// <summary>
/// An instance answers at most Listing:MaxConcurrent lists at a time (1 here); one more waits up to Listing:MaxWait for
/// a place and is then refused with 503 and Retry-After, while intake and the health check go on as usual.
/// The lists in flight are held in the store until the test lets them go, so nothing here depends on timing.
/// </summary>
public sealed class ListsInFlight
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AListBeyondTheLimitIsRefusedWithRetryAfterWhileIntakeAndHealthAnswer()
    {
        var held = new HeldOrderLists();
        await using var app = await StartAsync(held, maxWait: "00:00:00.200");
        var first = app.Client.GetAsync(PipelineApp.ProductOrderPath);
        await held.FirstEntered.WaitAsync(Patience);

        var refused = await app.Client.GetAsync(PipelineApp.ServiceOrderPath);
        var health = await app.Client.GetAsync("/health");
        var created = await app.PostOrderAsync(Orders.Sample("CPQ-DURING-LISTS"));

        await refused.AssertTmfErrorAsync(HttpStatusCode.ServiceUnavailable, "tooBusy");
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(1, held.ListsStarted);

        held.Release();
        Assert.Equal(HttpStatusCode.OK, (await first.WaitAsync(Patience)).StatusCode);
        var (_, orders) = await app.GetArrayAsync(PipelineApp.ProductOrderPath);
        Assert.Equal("CPQ-DURING-LISTS", Assert.Single(orders)!["externalId"]!.GetValue<string>());
    }

    [Fact]
    public async Task AListBeyondTheLimitWaitsForAPlaceWithinMaxWait()
    {
        var held = new HeldOrderLists();
        await using var app = await StartAsync(held, maxWait: "00:01:00");
        Assert.Equal(HttpStatusCode.Created, (await app.PostOrderAsync(Orders.Sample("CPQ-LISTED"))).StatusCode);
        var first = app.Client.GetAsync(PipelineApp.ProductOrderPath);
        await held.FirstEntered.WaitAsync(Patience);

        var second = app.Client.GetAsync(PipelineApp.ProductOrderPath);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        Assert.False(second.IsCompleted);
        Assert.Equal(1, held.ListsStarted);

        held.Release();
        Assert.Equal(HttpStatusCode.OK, (await first.WaitAsync(Patience)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.WaitAsync(Patience)).StatusCode);
        Assert.Equal(2, held.ListsStarted);
    }

    private static Task<PipelineApp> StartAsync(HeldOrderLists held, string maxWait) => PipelineApp.StartAsync(
        new Dictionary<string, string?>(TestSettings.ListenerOff) { ["Listing:MaxConcurrent"] = "1", ["Listing:MaxWait"] = maxWait },
        configure: builder => held.Install(builder.Services));
}
