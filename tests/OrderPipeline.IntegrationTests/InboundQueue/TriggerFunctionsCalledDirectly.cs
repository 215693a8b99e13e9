using Azure;
using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Functions.InboundQueue;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.InboundQueue;

/// <summary>
/// The queue and timer function classes called as the worker calls them, with the dequeue count the host passes: what they
/// leave behind on an early delivery, on the last one (maxDequeueCount, 5 in host.json), and for a message that names nothing.
/// </summary>
public sealed class TriggerFunctionsCalledDirectly
{
    [Fact]
    public async Task EarlyDeliveryOfAnEntryThatCannotBeWrittenFailsAndLeavesItToTheNextDelivery()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var lines = app.Table(app.Names.CustomerOrderLinesTable);
        await lines.DeleteAsync(); // every attempt to write the order now fails
        var id = await app.SubmitAsyncAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => app.DeliverAsync(InboundEntries.MessageFor(id), dequeueCount: 1));

        var entry = await app.EntryAsync(id);
        Assert.Equal("InProgress", entry["state"]!.GetValue<string>()); // its claim released: the next delivery may take it
        Assert.Equal(1, entry["attempts"]!.GetValue<int>());
        Assert.Null(entry["orderId"]);

        await Eventually.WaitForAsync(() => TableIsBackAsync(lines), back => back, "the lines table created again");
        await app.DeliverAsync(InboundEntries.MessageFor(id), dequeueCount: 2);

        var done = await app.EntryAsync(id);
        Assert.Equal("Done", done["state"]!.GetValue<string>());
        Assert.Equal(2, done["attempts"]!.GetValue<int>());
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }

    [Fact]
    public async Task LastDeliveryRecordsErrorWithTheReasonAndStillFailsSoTheHostMovesTheMessageToPoison()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        await app.Table(app.Names.CustomerOrderLinesTable).DeleteAsync();
        var id = await app.SubmitAsyncAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => app.DeliverAsync(InboundEntries.MessageFor(id), dequeueCount: 5));

        var entry = await app.EntryAsync(id);
        Assert.Equal("Error", entry["state"]!.GetValue<string>());
        Assert.Equal("processingFailed", entry["errorMessage"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("rejected", (await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}"))["state"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"id":""}""")]
    [InlineData("""{"ids":[]}""")]
    public async Task MessageThatNamesNoEntryFailsEveryDelivery(string message)
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

        await Assert.ThrowsAsync<FormatException>(() => app.DeliverAsync(message, dequeueCount: 1));
        await Assert.ThrowsAsync<FormatException>(() => app.DeliverAsync(message, dequeueCount: 5));
    }

    [Fact]
    public async Task SweepFunctionFinishesAnEntryWhoseMessageWasLost()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:QueueListener"] = "false",
            ["InboundQueue:NewEntryGracePeriod"] = "00:00:00",
        });
        var id = await app.SubmitAsyncAsync();
        await app.InboundQueue.ClearMessagesAsync();

        await app.CallAsync<SweepInboundQueueFunction>(function => function.SweepInboundQueue(new TimerInfo(), CancellationToken.None));

        Assert.Equal("Done", (await app.EntryAsync(id))["state"]!.GetValue<string>());
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }

    // Azurite may still be deleting the table when it is created again; ask until a query finds it.
    private static async Task<bool> TableIsBackAsync(TableClient table)
    {
        try
        {
            await table.CreateIfNotExistsAsync();
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1)) break;
            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }
}
