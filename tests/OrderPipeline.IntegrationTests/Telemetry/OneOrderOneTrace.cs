using System.Diagnostics;
using System.Net;
using OrderPipeline.Domain.Telemetry;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Telemetry;

/// <summary>What an operator following one order sees: one trace from the request to the customer order, storage calls inside it.</summary>
[Collection(TelemetrySuite.Name)]
public sealed class OneOrderOneTrace
{
    [Fact]
    public async Task AsyncOrderIsOneTraceFromIntakeThroughTheQueueToTheCustomerOrder()
    {
        var telemetry = new CapturedTelemetry();
        await using var app = await PipelineApp.StartAsync(configure: telemetry.AddTo);

        var id = await (await app.PostOrderAsync(Orders.Sample("CPQ-TRACE-ASYNC"), "async")).AcceptedIdAsync();
        await app.WaitForStateAsync(id, "Done");
        var trace = await telemetry.TraceEndingWithAsync("process inbound entry", TelemetryTags.EntryId, id);

        var request = Assert.Single(trace, span => span.Kind == ActivityKind.Server);
        Assert.Equal("POST", request.GetTagItem("http.request.method"));
        Assert.Equal(PipelineApp.ProductOrderPath, request.GetTagItem("url.path"));
        var intake = Assert.Single(trace, span => span.DisplayName == "intake productOrder");
        var enqueue = Assert.Single(trace, span => span.DisplayName == "enqueue inbound entry");
        var processing = Assert.Single(trace, span => span.DisplayName == "process inbound entry");
        var save = Assert.Single(trace, span => span.DisplayName == "save customer order");

        Assert.Equal(request.SpanId, intake.ParentSpanId);
        Assert.Equal(intake.SpanId, enqueue.ParentSpanId);
        Assert.Equal(ActivityKind.Producer, enqueue.Kind);
        Assert.Equal(enqueue.SpanId, processing.ParentSpanId); // the trace context travelled inside the queue message
        Assert.Equal(ActivityKind.Consumer, processing.Kind);
        Assert.Equal(processing.SpanId, save.ParentSpanId);

        Assert.Equal(id, intake.GetTagItem(TelemetryTags.OrderId));
        Assert.Equal("async", intake.GetTagItem(TelemetryTags.Mode));
        Assert.Equal("CPQ-TRACE-ASYNC", intake.GetTagItem(TelemetryTags.ExternalId));
        Assert.Equal("CPQ-TRACE-ASYNC", processing.GetTagItem(TelemetryTags.ExternalId));
        Assert.Equal("Done", processing.GetTagItem(TelemetryTags.Outcome));
        Assert.Equal(id, save.GetTagItem(TelemetryTags.OrderId));
        Assert.Equal(2, save.GetTagItem(TelemetryTags.LineCount));

        // Storage calls are child spans of the step that made them: the entry written at intake, the message sent, the
        // entry claimed and completed, the customer order's rows written.
        Assert.Contains(trace, span => IsStorageCall(span) && span.ParentSpanId == intake.SpanId);
        Assert.Contains(trace, span => span.DisplayName == "QueueClient.SendMessage" && span.ParentSpanId == enqueue.SpanId);
        Assert.Contains(trace, span => IsStorageCall(span) && span.ParentSpanId == processing.SpanId);
        Assert.Contains(trace, span => IsStorageCall(span) && span.ParentSpanId == save.SpanId);
        // The queue listener's polls, several a second here, belong to no order: they are not recorded as traces of their own.
        Assert.Empty(telemetry.Spans.Where(span => IsStorageCall(span) && span.ParentSpanId == default).Select(span => $"{span.DisplayName} ({span.Kind})"));
    }

    [Fact]
    public async Task SyncOrderIsOneTraceFromTheRequestToTheCustomerOrder()
    {
        var telemetry = new CapturedTelemetry();
        await using var app = await PipelineApp.StartAsync(configure: telemetry.AddTo);

        var response = await app.PostOrderAsync(Orders.Sample("CPQ-TRACE-SYNC"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await app.GetJsonAsync(response.Headers.Location!.OriginalString))["id"]!.GetValue<string>();
        var trace = await telemetry.TraceEndingWithAsync("intake productOrder", TelemetryTags.OrderId, id);

        var request = Assert.Single(trace, span => span.Kind == ActivityKind.Server);
        var intake = Assert.Single(trace, span => span.DisplayName == "intake productOrder");
        var save = Assert.Single(trace, span => span.DisplayName == "save customer order");
        Assert.Equal(request.SpanId, intake.ParentSpanId);
        Assert.Equal(intake.SpanId, save.ParentSpanId);
        Assert.Equal("sync", intake.GetTagItem(TelemetryTags.Mode));
        Assert.Equal("Created", intake.GetTagItem(TelemetryTags.Outcome));
        Assert.Contains(trace, span => IsStorageCall(span) && span.ParentSpanId == save.SpanId);
        Assert.DoesNotContain(trace, span => span.DisplayName is "enqueue inbound entry" or "process inbound entry");
    }

    private static bool IsStorageCall(Activity span) => span.Source.Name.StartsWith("Azure.", StringComparison.Ordinal);
}
