using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OrderPipeline.Domain.Telemetry;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Telemetry;

/// <summary>Telemetry is exported only where a setting says where to; otherwise the app runs without OpenTelemetry.</summary>
[Collection(TelemetrySuite.Name)]
public sealed class TelemetryExport
{
    [Fact]
    public async Task WithoutAnExporterSettingNothingIsRecordedAndMessagesCarryNoTraceContext()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.False(OrderTelemetry.IsTracing);
        var id = await app.SubmitAsyncAsync();
        var entry = await OnlyEntryAsync(app);
        Assert.Equal(id, entry["id"]!.GetValue<string>());
        Assert.False(entry.ContainsKey("traceParent"), entry.ToJsonString());
    }

    [Fact]
    public async Task AnOtlpEndpointTurnsExportOnAndTheMessageCarriesTheOrdersTraceContext()
    {
        // Nothing listens there: the exporter's sends fail in the background, which must not disturb the app.
        var settings = TestSettings.ListenerOff;
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9";
        await using var app = await PipelineApp.StartAsync(settings);

        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
        var id = await app.SubmitAsyncAsync();
        var entry = await OnlyEntryAsync(app);
        Assert.Equal(id, entry["id"]!.GetValue<string>());
        var traceParent = entry["traceParent"]!.GetValue<string>();
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", traceParent);
    }

    // The one entry of the one message intake sent.
    private static async Task<System.Text.Json.Nodes.JsonObject> OnlyEntryAsync(PipelineApp app)
    {
        var message = Assert.Single((await app.InboundQueue.PeekMessagesAsync(10)).Value);
        var entries = System.Text.Json.Nodes.JsonNode.Parse(message.Body.ToString())!["entries"]!.AsArray();
        return Assert.Single(entries)!.AsObject();
    }
}
