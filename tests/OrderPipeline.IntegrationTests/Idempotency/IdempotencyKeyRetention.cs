using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain.Idempotency;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Idempotency;

/// <summary>Keys answer repeats for the retention time (Idempotency:Retention), then count as new and are purged.</summary>
public sealed class IdempotencyKeyRetention : IAsyncLifetime
{
    private PipelineApp app = null!;

    public async Task InitializeAsync()
    {
        var settings = TestSettings.ListenerOff;
        settings["Idempotency:Retention"] = "00:00:01";
        app = await PipelineApp.StartAsync(settings);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task KeyPastItsRetentionStartsANewOrder()
    {
        var key = Guid.NewGuid().ToString();
        var first = await app.PostOrderAsync(Orders.Sample(), key: key);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var later = await app.PostOrderAsync(Orders.Sample("CPQ-CHANGED"), key: key);

        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.NotEqual(first.Headers.Location, later.Headers.Location);
        Assert.False(later.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task TheTimerPurgesExpiredKeys()
    {
        await using var timed = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:QueueListener"] = "false",
            ["DevHost:Timers"] = "true",
            ["Idempotency:Retention"] = "00:00:01",
            ["IdempotencyPurgeSchedule"] = "*/1 * * * * *",
        });
        await timed.PostOrderAsync(Orders.Sample(), key: Guid.NewGuid().ToString());
        var keys = timed.Table(timed.Names.IdempotencyKeysTable);

        await Eventually.WaitForAsync(
            () => Task.FromResult(keys.Query<TableEntity>().Count()), count => count == 0, "the expired key is purged", TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task PurgeDeletesOnlyExpiredKeys()
    {
        await app.PostOrderAsync(Orders.Sample(), key: Guid.NewGuid().ToString());
        await app.PostOrderAsync(Orders.Sample(), key: Guid.NewGuid().ToString());
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var liveKey = Guid.NewGuid().ToString();
        await app.PostOrderAsync(Orders.Sample(), key: liveKey);

        var purged = await app.Services.GetRequiredService<IIdempotencyStore>().PurgeExpiredAsync(DateTimeOffset.UtcNow, default);

        Assert.Equal(2, purged);
        var left = app.Table(app.Names.IdempotencyKeysTable).Query<TableEntity>().ToList();
        Assert.Equal(liveKey, Assert.Single(left).GetString("Key"));
    }
}
