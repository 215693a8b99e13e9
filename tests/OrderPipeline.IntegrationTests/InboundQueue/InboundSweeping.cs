using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.InboundQueue;

/// <summary>The real timer-triggered sweeper finishing what the queue trigger did not.</summary>
public sealed class InboundSweeping
{
    [Fact]
    public async Task SweeperFinishesAnEntryWhoseMessageWasLost()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.SweeperOnly("00:00:02"));
        var id = await app.SubmitAsyncAsync();
        await app.InboundQueue.ClearMessagesAsync();

        var entry = await app.WaitForStateAsync(id, "Done");

        Assert.Equal(1, entry["attempts"]!.GetValue<int>());
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }

    [Fact]
    public async Task SweeperLeavesFreshNewEntriesToTheQueueTrigger()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.SweeperOnly("01:00:00"));
        var id = await app.SubmitAsyncAsync();

        await Task.Delay(TimeSpan.FromSeconds(2.5)); // at least two sweeps on the one-second test schedule

        Assert.Equal("New", (await app.EntryAsync(id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task StaleInProgressEntryIsReclaimedAndFinished()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.SweeperOnly("01:00:00"));
        var id = await app.SubmitAsyncAsync();

        // A processor claims the entry and dies before finishing: its lease runs out.
        await app.ClaimAsIfByACrashedProcessorAsync(id, TimeSpan.FromSeconds(1));

        var finished = await app.WaitForStateAsync(id, "Done");

        Assert.Equal(2, finished["attempts"]!.GetValue<int>());
        Assert.Equal(["New", "InProgress", "InProgress", "Done"], finished["history"]!.AsArray().Select(step => step!["state"]!.GetValue<string>()));
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }

    [Fact]
    public async Task LiveClaimIsNotTakenOver()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.SweeperOnly("00:00:00"));
        var id = await app.SubmitAsyncAsync();
        await app.ClaimAsIfByACrashedProcessorAsync(id, TimeSpan.FromMinutes(10));

        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var seen = await app.EntryAsync(id);
        Assert.Equal("InProgress", seen["state"]!.GetValue<string>());
        Assert.Equal(1, seen["attempts"]!.GetValue<int>());
        Assert.Equal((0, 0), app.CountOrderRows(id));
    }
}
