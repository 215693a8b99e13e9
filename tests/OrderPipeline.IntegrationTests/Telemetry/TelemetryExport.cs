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
        Assert.Equal(InboundEntries.MessageFor(id), await OnlyMessageAsync(app));
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
        var message = System.Text.Json.Nodes.JsonNode.Parse(await OnlyMessageAsync(app))!;
        Assert.Equal(id, message["id"]!.GetValue<string>());
        var traceParent = message["traceParents"]![id]!.GetValue<string>();
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$", traceParent);
    }

    private static async Task<string> OnlyMessageAsync(PipelineApp app)
    {
        var message = Assert.Single((await app.InboundQueue.PeekMessagesAsync(10)).Value);
        return message.Body.ToString();
    }
}
