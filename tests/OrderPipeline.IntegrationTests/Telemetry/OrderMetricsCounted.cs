using System.Net;
using OrderPipeline.Domain.Telemetry;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Telemetry;

/// <summary>What an operator's dashboard counts: orders accepted and refused, entries through their states, time to Done, storage.</summary>
[Collection(TelemetrySuite.Name)]
public sealed class OrderMetricsCounted
{
    private static readonly (string, string) ProductOrder = (TelemetryTags.OrderType, "productOrder");

    [Fact]
    public async Task AnAsyncOrderIsCountedFromAcceptanceToDoneAndARefusedOneByItsReason()
    {
        var telemetry = new CapturedTelemetry();
        await using var app = await PipelineApp.StartAsync(configure: telemetry.AddTo);

        var id = await (await app.PostOrderAsync(Orders.Sample("CPQ-METRICS-1"), "async")).AcceptedIdAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await app.PostOrderAsync(Orders.BusinessInvalid())).StatusCode);
        var notJson = new StringContent("{\"productOrderItem\": [", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.PostAsync(PipelineApp.ProductOrderPath + "?mode=async", notJson)).StatusCode);
        await app.WaitForStateAsync(id, "Done");
        await telemetry.TraceEndingWithAsync("process inbound entry", TelemetryTags.EntryId, id);
        var metrics = telemetry.CollectMetrics(app.Services);

        Assert.Equal(1, CapturedTelemetry.Sum(metrics, "orderpipeline.orders.accepted", ProductOrder, (TelemetryTags.Mode, "async")));
        Assert.Equal(0, CapturedTelemetry.Sum(metrics, "orderpipeline.orders.accepted", ProductOrder, (TelemetryTags.Mode, "sync")));
        Assert.Equal(1, CapturedTelemetry.Sum(metrics, "orderpipeline.orders.refused", ProductOrder, (TelemetryTags.Mode, "sync"),
            (TelemetryTags.Reason, "invalid")));
        Assert.Equal(1, CapturedTelemetry.Sum(metrics, "orderpipeline.orders.refused", ProductOrder, (TelemetryTags.Mode, "async"),
            (TelemetryTags.Reason, "unreadable")));
        foreach (var state in new[] { "New", "InProgress", "Done" })
        {
            Assert.Equal(1, CapturedTelemetry.Sum(metrics, "orderpipeline.inbound.transitions", ProductOrder, (TelemetryTags.State, state)));
        }

        Assert.Equal(0, CapturedTelemetry.Sum(metrics, "orderpipeline.inbound.transitions", (TelemetryTags.State, "Error")));
        Assert.Equal(1, CapturedTelemetry.Count(metrics, "orderpipeline.inbound.time_to_done", ProductOrder));
        Assert.Equal(1, CapturedTelemetry.Sum(metrics, "orderpipeline.inbound.attempts", ProductOrder));
        Assert.Equal(0, CapturedTelemetry.Sum(metrics, "orderpipeline.inbound.failures"));

        var tableRequests = CapturedTelemetry.Sum(metrics, "orderpipeline.storage.requests", ("service", "table"));
        var entityOperations = CapturedTelemetry.Sum(metrics, "orderpipeline.storage.entities");
        Assert.True(tableRequests > 0, "table requests counted");
        // The entry, its claim and completion, the customer order's header and two lines at least: more entities than requests.
        Assert.True(entityOperations >= 5, $"entity operations counted: {entityOperations}");
        Assert.True(CapturedTelemetry.Sum(metrics, "orderpipeline.storage.requests", ("service", "queue")) > 0, "queue requests counted");
    }

    [Fact]
    public async Task TheEntriesInEachStateAreAGaugeCountedFromTheQueue()
    {
        var telemetry = new CapturedTelemetry();
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff, configure: telemetry.AddTo);

        var ids = new[] { await app.SubmitAsyncAsync(), await app.SubmitAsyncAsync() };
        await app.DeliverAsync(InboundEntries.MessageFor(ids[0]), dequeueCount: 1);

        // The first collection starts the count; a later one reports it.
        var metrics = await Eventually.WaitForAsync(
            () => Task.FromResult(telemetry.CollectMetrics(app.Services)),
            collected => CapturedTelemetry.Gauge(collected, "orderpipeline.inbound.entries", (TelemetryTags.State, "Done")) is not null,
            "the inbound entries counted");
        Assert.Equal(1, CapturedTelemetry.Gauge(metrics, "orderpipeline.inbound.entries", (TelemetryTags.State, "New")));
        Assert.Equal(1, CapturedTelemetry.Gauge(metrics, "orderpipeline.inbound.entries", (TelemetryTags.State, "Done")));
        Assert.Equal(0, CapturedTelemetry.Gauge(metrics, "orderpipeline.inbound.entries", (TelemetryTags.State, "Error")));
    }
}
