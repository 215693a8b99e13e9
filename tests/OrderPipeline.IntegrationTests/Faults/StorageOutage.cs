using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Faults;

/// <summary>
/// Storage stops answering for longer than the Azure SDK retries, under light traffic, and comes back: the app stays up,
/// says 503 while it lasts, and finishes every order it accepted before, without a restart.
/// </summary>
public sealed class StorageOutage
{
    // Longer than Azure.Core's retries of one receive from the queue take to give up (about 30 s on Azurite).
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task TheAppStaysUpAnswers503WhileStorageIsDownAndFinishesEveryOrderAcceptedBefore()
    {
        await using var storage = await DurableAzurite.StartAsync();
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = storage.ConnectionString,
            ["DevHost:Timers"] = "true",
            ["InboundQueue:NewEntryGracePeriod"] = "00:00:02",
            ["InboundQueue:LeaseDuration"] = "00:00:05",
        });
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var accepted = await Task.WhenAll(Enumerable.Range(0, 10).Select(async n =>
            await (await app.PostOrderAsync(Orders.Sample($"CPQ-OUTAGE-{n}"), "async")).AcceptedIdAsync()));

        await storage.StopAsync();
        var outageEnds = DateTime.UtcNow + Outage;
        var health = await app.Client.GetAsync("/health");
        var create = await app.PostOrderAsync(Orders.Sample("CPQ-DURING-OUTAGE"));
        var bulk = await app.Client.PostAsync(PipelineApp.ProductOrderPath + "?mode=async", new StringContent(
            Orders.Sample("CPQ-BULK-OUTAGE-1").ToJsonString() + "\n" + Orders.Sample("CPQ-BULK-OUTAGE-2").ToJsonString() + "\n",
            Encoding.UTF8, "application/x-ndjson"));
        await Task.Delay(outageEnds - DateTime.UtcNow is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
        var stillUp = !stopping.IsCancellationRequested;
        await storage.StartAgainAsync();

        Assert.True(stillUp, "the app kept running through the outage");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        await create.AssertTmfErrorAsync(HttpStatusCode.ServiceUnavailable, "storageUnavailable");
        Assert.Equal("10", create.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.MultiStatus, bulk.StatusCode);
        var lines = (await bulk.Content.ReadFromJsonAsync<JsonObject>())!["results"]!.AsArray();
        Assert.Equal([503, 503], lines.Select(line => line!["status"]!.GetValue<int>()));
        Assert.All(lines, line => Assert.Equal("storageUnavailable", line!["error"]!["code"]!.GetValue<string>()));

        await Eventually.WaitForAsync(async () => (await app.Client.GetAsync("/health")).StatusCode, status => status == HttpStatusCode.OK,
            "health to answer 200 again", TimeSpan.FromSeconds(60));
        foreach (var id in accepted)
        {
            await app.WaitForStateAsync(id, "Done", TimeSpan.FromSeconds(90));
            Assert.Equal((1, 2), app.CountOrderRows(id));
        }

        Assert.Equal(HttpStatusCode.Created, (await app.PostOrderAsync(Orders.Sample("CPQ-AFTER-OUTAGE"))).StatusCode);
        Assert.False(stopping.IsCancellationRequested);
    }
}
