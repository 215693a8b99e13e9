using System.Net;
using OrderPipeline.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OrderPipeline.IntegrationTests.Faults;

/// <summary>
/// RedeliveryAndRetry proves the queue trigger's contract with the listener alone. In production the sweeper runs too
/// and claims a released entry as well: the attempts must still stop at maxDequeueCount, with the reason, and the
/// message must not keep coming back.
/// </summary>
[Collection(FaultSuite.Name)]
public sealed class TransientFaultsWithTheSweeperOn(ITestOutputHelper output)
{
    private const int MaxDequeueCount = 5; // host.json

    [Fact]
    public async Task EntryFailingEveryTimeStopsAtMaxDequeueCountAttemptsAndAdminRetryBringsItToDone()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:Timers"] = "true",
            ["InboundQueue:NewEntryGracePeriod"] = "00:00:01",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        });
        var lines = app.Table(app.Names.CustomerOrderLinesTable);
        await lines.DeleteAsync(); // every attempt to write the order now fails, as while storage is unreachable

        var id = await app.SubmitAsyncAsync();

        await app.WaitForStateAsync(id, "Error", TimeSpan.FromSeconds(60));
        await Eventually.WaitForAsync(
            async () => (await app.InboundQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount, count => count == 0,
            "the message to leave the inbound queue (completed or poisoned)");
        await Task.Delay(TimeSpan.FromSeconds(3)); // several more sweeps: none may take the entry again
        var failed = await app.EntryAsync(id);
        var claims = failed["history"]!.AsArray().Count(step => step!["state"]!.GetValue<string>() == "InProgress");
        var poisoned = (await app.PoisonQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        output.WriteLine($"Error after {failed["attempts"]} attempts ({claims} claims), poisoned messages {poisoned}: {failed["errorMessage"]!.ToJsonString()}");

        Assert.Equal("Error", failed["state"]!.GetValue<string>());
        Assert.Equal(MaxDequeueCount, failed["attempts"]!.GetValue<int>());
        Assert.Equal(MaxDequeueCount, claims);
        Assert.Equal("processingFailed", failed["errorMessage"]![0]!["code"]!.GetValue<string>());
        Assert.Equal($"Processing failed {MaxDequeueCount} times", failed["errorMessage"]![0]!["reason"]!.GetValue<string>());

        await lines.CreateIfNotExistsAsync();
        Assert.Equal((0, 0), app.CountOrderRows(id));
        var retry = await app.Client.PostAsync($"/manage/inboundQueue/{id}/retry", null);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var done = await app.WaitForStateAsync(id, "Done");
        Assert.Equal(1, done["attempts"]!.GetValue<int>());
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }
}
