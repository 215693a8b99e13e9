using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Events;

/// <summary>Outbox rows written by the test itself (no order behind them) reach their listeners through the real <c>DeliverHubEvents</c> trigger, at least once.</summary>
public sealed class RecordedEventsDelivered
{
    [Fact]
    public async Task AnEventArrivesWithItsBodyAsRecordedAndItsOutboxRowGoes()
    {
        await using var app = await PipelineApp.StartAsync(OutboxRecorder.Settings());
        await using var listener = await EventListener.StartAsync();
        var recorder = await OutboxRecorder.CreateAsync(app);

        var routed = await recorder.RecordAsync(("L1", listener.Callback));

        var received = await listener.WaitForAsync(e => (string?)e["eventId"] == routed.Event.EventId, "the event");
        Assert.Equal(routed.Event.Body, Assert.Single(listener.ReceivedText));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(routed.Event.Body), received));
        Assert.Equal(("application/json", "OrderPipeline"), listener.LastHeaders);
        await Eventually.WaitForAsync(() => recorder.RecipientsAsync(routed), recipients => recipients is null, "the outbox row deleted");
    }

    [Fact]
    public async Task AListenerDownForAFewRoundsGetsTheEventOnceBackWithTheSameEventId()
    {
        await using var app = await PipelineApp.StartAsync(OutboxRecorder.Settings(maxAttempts: 10));
        await using var listener = await EventListener.StartAsync();
        var recorder = await OutboxRecorder.CreateAsync(app);
        await listener.DownAsync();

        var routed = await recorder.RecordAsync(("L1", listener.Callback));
        var failed = await Eventually.WaitForAsync(
            () => recorder.RecipientsAsync(routed), recipients => recipients?[0].Attempts >= 3, "three failed attempts", TimeSpan.FromSeconds(30));
        Assert.False(failed![0].Delivered);
        Assert.NotNull(failed[0].LastError);
        await listener.UpAsync();

        await listener.WaitForAsync(e => (string?)e["eventId"] == routed.Event.EventId, "the event once the listener is back");
        Assert.Equal(routed.Event.Body, listener.ReceivedText[0]);
        await Eventually.WaitForAsync(() => recorder.RecipientsAsync(routed), recipients => recipients is null, "the outbox row deleted");
        Assert.Empty((await recorder.UndeliveredAsync()).Items);
    }

    [Fact]
    public async Task ASlowListenerDoesNotKeepTheEventFromAnother()
    {
        await using var app = await PipelineApp.StartAsync(OutboxRecorder.Settings(maxAttempts: 1));
        await using var slow = await EventListener.StartAsync();
        await using var fast = await EventListener.StartAsync();
        slow.Delay = TimeSpan.FromSeconds(20);
        var recorder = await OutboxRecorder.CreateAsync(app);

        var routed = await recorder.RecordAsync(("slow", slow.Callback), ("fast", fast.Callback));

        // Both are posted to at once; the fast one has it long before the slow one would answer.
        await fast.WaitForAsync(e => (string?)e["eventId"] == routed.Event.EventId, "the event at the fast listener", TimeSpan.FromSeconds(10));
        var (items, _, _) = await Eventually.WaitForAsync(
            () => recorder.UndeliveredAsync(), page => page.Items.Count == 1, "the slow listener given up", TimeSpan.FromSeconds(10));
        Assert.Equal("slow", (string?)items[0]!["listenerId"]);
        Assert.Contains("no answer within 00:00:01", (string?)items[0]!["lastError"]);
        Assert.Empty(slow.Received);
    }

    [Fact]
    public async Task RowsWrittenAfterTheirAnnouncementWithinTheWindowAreStillDelivered()
    {
        await using var app = await PipelineApp.StartAsync(OutboxRecorder.Settings(commitWindow: "00:00:10"));
        await using var listener = await EventListener.StartAsync();
        var recorder = await OutboxRecorder.CreateAsync(app);
        var routed = recorder.Event(("L1", listener.Callback));

        await recorder.AnnounceAsync(routed);
        await Task.Delay(TimeSpan.FromSeconds(2)); // the message is looked at, finds no row, and looks again later
        await recorder.WriteAsync(routed);

        await listener.WaitForAsync(e => (string?)e["eventId"] == routed.Event.EventId, "the event written late", TimeSpan.FromSeconds(20));
    }
}
