using System.Text.Json.Nodes;
using Azure.Data.Tables;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Events;

/// <summary>
/// Hub events end to end: orders created sync and async, cancelled and rejected, each event posted by the real delivery
/// function to real HTTP listeners in the test process, to those whose query asks for it.
/// </summary>
public sealed class EventsReachListeners
{
    /// <summary>Retries every half second, so that a test sees a few of them within seconds.</summary>
    public static Dictionary<string, string?> QuickRetries => new()
    {
        ["Hub:FirstRetryDelay"] = "00:00:00.500",
        ["Hub:MaxRetryDelay"] = "00:00:02",
        ["Hub:MaxAttempts"] = "30",
        ["Hub:CallbackTimeout"] = "00:00:05",
    };

    [Theory]
    [InlineData("product")]
    [InlineData("service")]
    public async Task EachListenerReceivesTheEventsItsQueryAsksFor(string kindName)
    {
        var kind = OrderKind.Named(kindName);
        var type = kind.ResourceType();
        await using var app = await PipelineApp.StartAsync(QuickRetries);
        await using var creations = await EventListener.StartAsync();
        await using var changes = await EventListener.StartAsync();
        await using var everything = await EventListener.StartAsync();
        await app.RegisterAsync(kind, creations.Callback, $"eventType={type}CreateEvent");
        await app.RegisterAsync(kind, changes.Callback, $"eventType={type}StateChangeEvent");
        await app.RegisterAsync(kind, everything.Callback);

        var sync = await app.CreateAsync(kind, "sync", "CPQ-EVENT-SYNC");
        var async = await app.CreateAsync(kind, "async", "CPQ-EVENT-ASYNC");
        await app.WaitForStateAsync(async, "Done");
        Assert.Equal(System.Net.HttpStatusCode.Created, (await app.CancelAsync(kind, sync, "customer changed their mind")).StatusCode);

        var syncCreated = await creations.WaitForAsync($"{type}CreateEvent", sync);
        var asyncCreated = await creations.WaitForAsync($"{type}CreateEvent", async);
        var cancelled = await changes.WaitForAsync($"{type}StateChangeEvent", sync);
        await everything.WaitForAsync($"Cancel{type}CreateEvent", sync);
        var taskDone = await everything.WaitForAsync($"Cancel{type}StateChangeEvent", sync);
        await everything.WaitForAsync(e => everything.Received.Count >= 5, "all five events at the listener that asked for all");

        Assert.Equal("CPQ-EVENT-SYNC", Resource(syncCreated)["externalId"]!.GetValue<string>());
        Assert.Equal("acknowledged", Resource(asyncCreated)["state"]!.GetValue<string>());
        Assert.Equal($"{kind.Path}/{async}", Resource(asyncCreated)["href"]!.GetValue<string>());
        Assert.Equal("cancelled", Resource(cancelled)["state"]!.GetValue<string>());
        Assert.Equal("customer changed their mind", Resource(cancelled)["cancellationReason"]!.GetValue<string>());
        Assert.Equal("done", Resource(taskDone)["state"]!.GetValue<string>());
        Assert.Equal(sync, Resource(taskDone)[kind.OrderField()]!["id"]!.GetValue<string>());
        Assert.All(creations.Received, e => Assert.Equal($"{type}CreateEvent", e["eventType"]!.GetValue<string>()));
        Assert.All(changes.Received, e => Assert.Equal($"{type}StateChangeEvent", e["eventType"]!.GetValue<string>()));
        Assert.Equal(5, everything.Received.Select(e => e["eventId"]!.GetValue<string>()).Distinct().Count());
        Assert.All(everything.Received, e => Assert.False(string.IsNullOrEmpty(e["eventTime"]?.GetValue<string>())));
    }

    [Fact]
    public async Task AListenerOfOneApiHearsNothingOfTheOther()
    {
        await using var app = await PipelineApp.StartAsync(QuickRetries);
        await using var products = await EventListener.StartAsync();
        await using var services = await EventListener.StartAsync();
        await app.RegisterAsync(OrderKind.Product, products.Callback);
        await app.RegisterAsync(OrderKind.Service, services.Callback);

        var product = await app.CreateAsync(OrderKind.Product, "sync", "CPQ-EVENT-P");
        var service = await app.CreateAsync(OrderKind.Service, "sync", "CPQ-EVENT-S");

        await products.WaitForAsync("ProductOrderCreateEvent", product);
        await services.WaitForAsync("ServiceOrderCreateEvent", service);
        Assert.All(products.Received, e => Assert.Equal(product, EventListener.ResourceIdOf(e)));
        Assert.All(services.Received, e => Assert.Equal(service, EventListener.ResourceIdOf(e)));
    }

    [Fact]
    public async Task AnOrderRejectedInTheInboundQueueIsAnnounced()
    {
        var prefix = PipelineApp.NewPrefix();
        await using var listener = await EventListener.StartAsync();
        string id;
        await using (var intake = await PipelineApp.StartAsync(TestSettings.ListenerOff, prefix))
        {
            await intake.RegisterAsync(OrderKind.Product, listener.Callback, "eventType=ProductOrderStateChangeEvent");
            // 150 lines: the order stays in its row rather than travelling in the message, so taking it out of the row is felt.
            id = await intake.SubmitAsyncAsync(Orders.MultiSite(150, "CPQ-EVENT-REJECTED"));
            var table = intake.Table(intake.Names.InboundEntriesTable);
            var row = table.Query<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"entry|" + id}")).Single();
            foreach (var name in row.Keys.Where(name => name.StartsWith("Payload", StringComparison.Ordinal)).ToList()) row.Remove(name);
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        }

        await using var app = await PipelineApp.StartAsync(QuickRetries, prefix);
        var rejected = await listener.WaitForAsync("ProductOrderStateChangeEvent", id);

        var order = Resource(rejected);
        Assert.Equal("rejected", order["state"]!.GetValue<string>());
        Assert.Equal("payloadUnavailable", order["errorMessage"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("CPQ-EVENT-REJECTED", order["externalId"]!.GetValue<string>());
        Assert.Equal("Error", (await app.EntryAsync(id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACancelledEntryIsAnnouncedAndNeverCreated()
    {
        var prefix = PipelineApp.NewPrefix();
        await using var listener = await EventListener.StartAsync();
        string id;
        // Accepted and cancelled while nothing processes the queue; then the queue listener and the delivery run.
        await using (var intake = await PipelineApp.StartAsync(TestSettings.ListenerOff, prefix))
        {
            await intake.RegisterAsync(OrderKind.Product, listener.Callback);
            id = await intake.SubmitAsyncAsync(Orders.Sample("CPQ-EVENT-CANCELLED-NEW"));
            Assert.Equal(System.Net.HttpStatusCode.Created, (await intake.CancelAsync(OrderKind.Product, id, "duplicate")).StatusCode);
        }

        await using var app = await PipelineApp.StartAsync(QuickRetries, prefix);
        var cancelled = await listener.WaitForAsync("ProductOrderStateChangeEvent", id);
        await listener.WaitForAsync("CancelProductOrderCreateEvent", id);
        await listener.WaitForAsync("CancelProductOrderStateChangeEvent", id);
        await Eventually.WaitForAsync(async () => (await app.InboundQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount,
            count => count == 0, "the entry's message to be taken");
        await Task.Delay(1000);

        Assert.Equal("cancelled", Resource(cancelled)["state"]!.GetValue<string>());
        Assert.Equal("duplicate", Resource(cancelled)["cancellationReason"]!.GetValue<string>());
        Assert.DoesNotContain(listener.Received, e => e["eventType"]!.GetValue<string>() == "ProductOrderCreateEvent");
        Assert.Equal("Cancelled", (await app.EntryAsync(id))["state"]!.GetValue<string>());
        Assert.Equal((0, 0), app.CountOrderRows(id));
    }

    [Fact]
    public async Task WithTheListenerDownForAWhileEveryEventArrivesOnceItIsUp()
    {
        await using var app = await PipelineApp.StartAsync(QuickRetries);
        await using var listener = await EventListener.StartAsync();
        await app.RegisterAsync(OrderKind.Product, listener.Callback, "eventType=ProductOrderCreateEvent");
        await app.RegisterAsync(OrderKind.Service, listener.Callback, "eventType=ServiceOrderCreateEvent");
        await listener.DownAsync();

        var ids = new List<string>();
        for (var n = 0; n < 3; n++)
        {
            ids.Add(await app.CreateAsync(OrderKind.Product, "sync", $"CPQ-DOWN-P{n}"));
            ids.Add(await app.CreateAsync(OrderKind.Service, "async", $"CPQ-DOWN-S{n}"));
        }

        // Long enough for several failed rounds of delivery.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Empty(listener.Received);
        await listener.UpAsync();

        await listener.WaitForAsync(_ => ids.All(id => listener.Received.Any(e => EventListener.ResourceIdOf(e) == id)), "an event for each of the six orders");
        var perOrder = listener.Received.GroupBy(EventListener.ResourceIdOf).ToDictionary(group => group.Key!, group => group.Select(e => e["eventId"]!.GetValue<string>()).Distinct().Count());
        Assert.All(ids, id => Assert.Equal(1, perOrder[id]));
    }

    private static JsonObject Resource(JsonObject envelope) => envelope["event"]!.AsObject().Single().Value!.AsObject();
}
