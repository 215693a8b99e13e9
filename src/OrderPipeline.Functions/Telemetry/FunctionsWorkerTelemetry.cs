using Microsoft.Azure.Functions.Worker.OpenTelemetry;

namespace OrderPipeline.Functions.Telemetry;

public static class FunctionsWorkerTelemetry
{
    /// <summary>
    /// In the isolated worker, with an exporter configured: the Azure Functions resource attributes, the worker's invocation
    /// spans, and the capability that keeps the host from sending the worker's logs a second time. host.json sets
    /// <c>"telemetryMode": "OpenTelemetry"</c> so that the host's own spans join the same traces.
    /// </summary>
    public static IHostApplicationBuilder AddFunctionsWorkerTelemetry(this IHostApplicationBuilder builder)
    {
        if (TelemetryExporters.From(builder.Configuration).Any)
        {
            builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
        }

        return builder;
    }
}
