using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OrderPipeline.IntegrationTests.Faults;

/// <summary>
/// The app killed hard (SIGKILL) after orders changed and before their events were delivered — some still being
/// retried, some not yet tried at all: once it is back, every event arrives, each order's with one event id.
/// </summary>
[Collection(FaultSuite.Name)]
public sealed class EventsThroughAHardKill(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryEventArrivesAfterTheAppIsKilledBetweenTheChangeAndItsDelivery()
    {
        var settings = CrashableApp.WorkerSettings(await SharedAzurite.ConnectionStringAsync(), PipelineApp.NewPrefix());
        settings["Hub__FirstRetryDelay"] = "00:00:00.500";
        settings["Hub__MaxRetryDelay"] = "00:00:02";
        settings["Hub__MaxAttempts"] = "50";
        // A message the killed process had taken stays hidden for this long (under the Functions host, 10 minutes): the
        // event it leads to is late by as much, not lost. Short here, so that the test sees it arrive.
        settings["AzureFunctionsJobHost__extensions__queues__processingTimeout"] = "00:00:05";
        await using var app = await CrashableApp.StartAsync(settings);
        await using var listener = await EventListener.StartAsync();
        listener.Refusing = HttpStatusCode.ServiceUnavailable;
        var registered = await app.Client.PostAsJsonAsync("/tmf-api/productOrderingManagement/v4/hub",
            new JsonObject { ["callback"] = listener.Callback, ["query"] = "eventType=ProductOrderCreateEvent" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        // Async orders created and their events refused for a while: they are being retried when the kill comes.
        var ids = new List<string>();
        for (var n = 0; n < 5; n++)
        {
            ids.Add(await (await app.Client.PostAsyncOrderAsync(Orders.Sample($"CPQ-KILL-A{n}"))).AcceptedIdAsync());
        }

        await Eventually.WaitForAsync(() => InboundSummary.ReadAsync(app.Client), summary => summary.Done == 5, "the five async orders to be Done");
        await Eventually.WaitForAsync(() => Task.FromResult(listener.Requests), refused => refused >= 5, "deliveries to be refused");

        // Sync orders created just before the kill: most of their events not tried yet.
        for (var n = 0; n < 5; n++)
        {
            var created = await app.Client.PostAsJsonAsync(PipelineApp.ProductOrderPath, Orders.Sample($"CPQ-KILL-S{n}"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ids.Add((await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        }

        await app.KillAndRestartAsync();
        var refusedBeforeTheKill = listener.Requests;
        listener.Refusing = null;

        await listener.WaitForAsync(_ => ids.All(id => listener.Received.Any(e => EventListener.ResourceIdOf(e) == id)),
            "a create event for each of the ten orders", TimeSpan.FromSeconds(60));
        var perOrder = listener.Received.GroupBy(EventListener.ResourceIdOf).ToDictionary(group => group.Key!, group => group.ToList());
        output.WriteLine($"refused before the kill {refusedBeforeTheKill}; received {listener.Received.Count} for {perOrder.Count} orders; " +
            $"repeats {listener.Received.Count - perOrder.Count}");

        Assert.Equal(ids.Order(StringComparer.Ordinal), perOrder.Keys.Order(StringComparer.Ordinal));
        Assert.All(perOrder.Values, events => Assert.Single(events.Select(e => e["eventId"]!.GetValue<string>()).Distinct()));
    }
}
