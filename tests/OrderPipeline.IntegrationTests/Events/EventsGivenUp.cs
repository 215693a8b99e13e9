using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrderPipeline.IntegrationTests.Infrastructure;
using OrderPipeline.Storage;

namespace OrderPipeline.IntegrationTests.Events;

/// <summary>
/// Events the pipeline stops trying to deliver: out of attempts, redirected elsewhere, too slow, or no longer allowed. They are
/// listed by <c>GET /manage/hubEvents/undelivered</c> and not retried; a message whose rows never appear is dropped quietly.
/// </summary>
public sealed class EventsGivenUp
{
    [Fact]
    public async Task AListenerRefusingPastMaxAttemptsIsListedUndeliveredAndNotTriedAgain()
    {
        await using var app = await PipelineApp.StartAsync(OutboxRecorder.Settings(maxAttempts: 3));
        await using var listener = await EventListener.StartAsync();
        listener.Refusing = HttpStatusCode.InternalServerError;
        var recorder = await OutboxRecorder.CreateAsync(app);

        var routed = await recorder.RecordAsync(("L1", listener.Callback));

        var (items, total, results) = await Eventually.WaitForAsync(
            () => recorder.UndeliveredAsync(), page => page.Items.Count == 1, "the event listed undelivered", TimeSpan.FromSeconds(30));
        var item = items[0]!;
        Assert.Equal((routed.Event.EventId, "ProductOrderStateChangeEvent", "L1", listener.Callback, 3),
            ((string?)item["eventId"], (string?)item["eventType"], (string?)item["listenerId"], (string?)item["callback"], (int)item["attempts"]!));
        Assert.Equal("500 Internal Server Error", (string?)item["lastError"]);
        Assert.Equal(routed.Event.EventId, (string?)item["event"]!["eventId"]);
        Assert.True(DateTimeOffset.Parse((string)item["undeliveredAt"]!) > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal(("1", "1"), (total, results));
        Assert.Null(await recorder.RecipientsAsync(routed));

        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(3, listener.Requests);
    }

    [Fact]
    public async Task ARedirectIsNotFollowedAndCountsAsAFailureNamingTheStatus()
    {
        await using var app = await PipelineApp.StartAsync(OutboxRecorder.Settings(maxAttempts: 2));
        await using var elsewhere = await EventListener.StartAsync();
        await using var listener = await EventListener.StartAsync();
        listener.RedirectTo = elsewhere.Callback;
        var recorder = await OutboxRecorder.CreateAsync(app);

        await recorder.RecordAsync(("L1", listener.Callback));

        var (items, _, _) = await Eventually.WaitForAsync(
            () => recorder.UndeliveredAsync(), page => page.Items.Count == 1, "the redirected event given up", TimeSpan.FromSeconds(30));
        Assert.StartsWith("302 Found", (string?)items[0]!["lastError"]);
        Assert.Equal(2, listener.Requests);
        Assert.Equal(0, elsewhere.Requests);
    }

    [Fact]
    public async Task ACallbackSlowerThanTheTimeoutCountsAsFailed()
    {
        await using var app = await PipelineApp.StartAsync(OutboxRecorder.Settings(maxAttempts: 2));
        await using var listener = await EventListener.StartAsync();
        listener.Delay = TimeSpan.FromSeconds(4);
        var recorder = await OutboxRecorder.CreateAsync(app);

        var routed = await recorder.RecordAsync(("L1", listener.Callback));

        var progress = await Eventually.WaitForAsync(
            () => recorder.RecipientsAsync(routed), recipients => recipients?[0].Attempts >= 1, "the first attempt counted", TimeSpan.FromSeconds(10));
        Assert.Equal("no answer within 00:00:01", progress![0].LastError);
        var (items, _, _) = await Eventually.WaitForAsync(
            () => recorder.UndeliveredAsync(), page => page.Items.Count == 1, "the slow listener given up", TimeSpan.FromSeconds(20));
        Assert.Equal(2, (int)items[0]!["attempts"]!);
        Assert.Empty(listener.Received);
    }

    [Fact]
    public async Task ACallbackOutsideTheAllowedHostsIsUndeliveredWithoutACall()
    {
        await using var app = await PipelineApp.StartAsync(OutboxRecorder.Settings(allowedHosts: "hooks.partner.example"));
        await using var listener = await EventListener.StartAsync();
        var recorder = await OutboxRecorder.CreateAsync(app);

        // A listener id with characters a table key may not hold is kept as it is.
        await recorder.RecordAsync(("partner/L#1?", listener.Callback));

        var (items, _, _) = await Eventually.WaitForAsync(
            () => recorder.UndeliveredAsync(), page => page.Items.Count == 1, "the event given up", TimeSpan.FromSeconds(20));
        Assert.Equal("partner/L#1?", (string?)items[0]!["listenerId"]);
        Assert.Equal(0, (int)items[0]!["attempts"]!);
        Assert.Contains("not among the allowed callback hosts", (string?)items[0]!["lastError"]);
        Assert.Equal(0, listener.Requests);
    }

    [Fact]
    public async Task AMessageWhoseRowsNeverAppearIsDroppedAfterTheWindowWithoutAnError()
    {
        var logs = new CapturedLogs();
        await using var app = await PipelineApp.StartAsync(
            new Dictionary<string, string?>(OutboxRecorder.Settings(commitWindow: "00:00:02")) { ["Logging:LogLevel:OrderPipeline.Functions.Events"] = "Information" },
            configure: builder => builder.Logging.AddProvider(logs));
        await using var listener = await EventListener.StartAsync();
        var recorder = await OutboxRecorder.CreateAsync(app);
        var queues = app.Services.GetRequiredService<QueueClientFactory>();
        var hubEvents = queues.HubEventsQueue();

        await recorder.AnnounceAsync(recorder.Event(("L1", listener.Callback))); // the change was refused: no transaction

        await Eventually.WaitForAsync(
            async () => (await hubEvents.GetPropertiesAsync()).Value.ApproximateMessagesCount, count => count == 0, "the message gone", TimeSpan.FromSeconds(20));
        var looks = logs.Lines.Count(line => line.Contains("DeliverHubEventsFunction", StringComparison.Ordinal) && line.Contains("looked at", StringComparison.Ordinal));
        Assert.True(looks >= 2, $"looked at {looks} time(s): once, and again within the window");
        Assert.Contains(logs.Lines, line => line.Contains("RowsDropped = 1", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(" OrderPipeline.", StringComparison.Ordinal)
            && (line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Warning", StringComparison.Ordinal)));
        Assert.Equal(0, (await queues.ForTrigger(StorageNames.HubEventsQueueName + "-poison").GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(0, listener.Requests);
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?offset=-1")]
    [InlineData("?limit=1001")]
    [InlineData("?listenerId=L1")]
    public async Task AListQueryOutsideItsParametersIsRefused(string query)
    {
        await using var app = await PipelineApp.StartAsync(OutboxRecorder.Settings());

        var response = await app.Client.GetAsync("/manage/hubEvents/undelivered" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
