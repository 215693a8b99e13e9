using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.InboundQueue;

/// <summary>
/// The inbound table stays bounded: a Done entry keeps no payload (its customer order holds the order), Done entries past
/// the retention are purged, and entries in Error stay until an admin retries or deletes them.
/// </summary>
public sealed class BoundedInboundTable
{
    [Fact]
    public async Task ADoneEntryKeepsNoPayloadAndItsOrderStillAnswers()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var small = await app.SubmitAsyncAsync(Orders.MultiSite(1));
        var large = await app.SubmitAsyncAsync(Orders.MultiSite(1200)); // over the entity budget: claim-checked to a blob
        var blob = app.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(app.Names.PayloadContainer).GetBlobClient($"{large}.json");
        Assert.True((await blob.ExistsAsync()).Value);
        Assert.NotEmpty(PayloadProperties(app, small));

        await app.DeliverAsync(InboundEntries.MessageFor(small), dequeueCount: 1);
        await app.DeliverAsync(InboundEntries.MessageFor(large), dequeueCount: 1);

        Assert.Empty(PayloadProperties(app, small));
        Assert.Equal(["PayloadBlob"], PayloadProperties(app, large)); // only the name, so that a purge can delete a blob a crash left
        Assert.False((await blob.ExistsAsync()).Value);
        foreach (var (id, lines) in new[] { (small, 1), (large, 1200) })
        {
            var order = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");
            Assert.Equal("acknowledged", order["state"]!.GetValue<string>());
            Assert.Equal(lines, order["productOrderItem"]!.AsArray().Count);
            Assert.Equal("Done", (await app.EntryAsync(id))["state"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task DoneEntriesPastTheRetentionArePurgedAndOthersStay()
    {
        var settings = TestSettings.ListenerOff;
        settings["InboundQueue:DoneRetention"] = "00:00:01";
        await using var app = await PipelineApp.StartAsync(settings);
        var done = await app.SubmitAsyncAsync(Orders.MultiSite(1, "PURGE-DONE"));
        await app.DeliverAsync(InboundEntries.MessageFor(done), dequeueCount: 1);
        var failed = await app.SubmitAsyncAsync(Orders.MultiSite(1, "PURGE-ERROR"));
        await app.Services.GetRequiredService<IInboundEntryStore>().FailAsIfAfterItsLastAttemptAsync(failed);
        var waiting = await app.SubmitAsyncAsync(Orders.MultiSite(1, "PURGE-NEW"));
        await Task.Delay(TimeSpan.FromSeconds(2));

        await app.CallAsync<Functions.InboundQueue.PurgeInboundQueueFunction>(function => function.PurgeInboundQueue(null!, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/manage/inboundQueue/{done}")).StatusCode);
        Assert.Equal("acknowledged", (await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{done}"))["state"]!.GetValue<string>());
        Assert.Equal("Error", (await app.EntryAsync(failed))["state"]!.GetValue<string>());
        Assert.Equal("New", (await app.EntryAsync(waiting))["state"]!.GetValue<string>());
        var summary = await app.GetJsonAsync("/manage/inboundQueue/summary");
        Assert.Equal((0, 1, 1), (summary["Done"]!.GetValue<int>(), summary["Error"]!.GetValue<int>(), summary["New"]!.GetValue<int>()));
    }

    [Fact]
    public async Task AnAdminDeletesAnEntryInErrorAndOnlyThat()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var failed = await app.SubmitAsyncAsync();
        await app.Services.GetRequiredService<IInboundEntryStore>().FailAsIfAfterItsLastAttemptAsync(failed);
        var waiting = await app.SubmitAsyncAsync();

        var refused = await app.Client.DeleteAsync($"/manage/inboundQueue/{waiting}");
        var deleted = await app.Client.DeleteAsync($"/manage/inboundQueue/{failed}");
        var again = await app.Client.DeleteAsync($"/manage/inboundQueue/{failed}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("409", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/manage/inboundQueue/{failed}")).StatusCode);
        Assert.Equal("New", (await app.EntryAsync(waiting))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARetriedEntryWhoseMessageIsLostIsSweptEvenAfterTheSweepMarkPassedIt()
    {
        var settings = TestSettings.ListenerOff;
        settings["InboundQueue:NewEntryGracePeriod"] = "00:00:01";
        await using var app = await PipelineApp.StartAsync(settings);
        var id = await app.SubmitAsyncAsync();
        await app.Services.GetRequiredService<IInboundEntryStore>().FailAsIfAfterItsLastAttemptAsync(id);
        await app.InboundQueue.ClearMessagesAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var sweeper = app.Services.GetRequiredService<InboundSweeper>();
        await sweeper.SweepAsync(CancellationToken.None); // nothing unfinished is left behind the entry: the mark moves past it

        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync($"/manage/inboundQueue/{id}/retry", null)).StatusCode);
        await app.InboundQueue.ClearMessagesAsync(); // the retry's message is lost
        await Task.Delay(TimeSpan.FromSeconds(2));
        var swept = await sweeper.SweepAsync(CancellationToken.None);

        Assert.Equal(1, swept.Taken);
        Assert.Equal("Done", (await app.EntryAsync(id))["state"]!.GetValue<string>());
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }

    private static List<string> PayloadProperties(PipelineApp app, string id) =>
        [.. app.Table(app.Names.InboundEntriesTable).Query<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"entry|" + id}")).Single()
            .Keys.Where(name => name.StartsWith("Payload", StringComparison.Ordinal))];
}
