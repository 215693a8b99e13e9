using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OrderPipeline.Domain.Telemetry;
using OrderPipeline.Storage.Diagnostics;

namespace OrderPipeline.Functions.Telemetry;

/// <summary>
/// OpenTelemetry for the function app and the development host: the app's spans and metrics, storage calls as child spans,
/// structured logs with their scopes, sent where <see cref="TelemetryExporters"/> says. With no exporter configured, no
/// OpenTelemetry provider is created, so spans are never started and instruments have no listener.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> does not give one.</summary>
    public const string ServiceName = "OrderPipeline";

    public static IHostApplicationBuilder AddOrderPipelineTelemetry(this IHostApplicationBuilder builder)
    {
        var exporters = TelemetryExporters.From(builder.Configuration);
        if (!exporters.Any)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry().AddOrderPipelineInstrumentation(builder.Configuration);
        if (exporters.Otlp)
        {
            // Endpoint, protocol and headers from the standard OTEL_EXPORTER_OTLP_* settings.
            telemetry.UseOtlpExporter();
        }

        if (exporters.ApplicationInsights)
        {
            telemetry.UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = exporters.ApplicationInsightsConnectionString;
                options.Credential = exporters.ApplicationInsightsCredential();
            });
        }

        return builder;
    }

    /// <summary>What the app records, whatever it is exported to; a test adds an in-memory exporter to the same.</summary>
    public static OpenTelemetryBuilder AddOrderPipelineInstrumentation(this OpenTelemetryBuilder telemetry, IConfiguration configuration)
    {
        // "Azure.*": the spans of the storage clients (TableClient.SubmitTransaction, QueueClient.SendMessage, …) and of their
        // HTTP requests. Current Azure SDK libraries start them from ActivitySources without the old experimental switch.
        return telemetry
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrEmpty(configuration["OTEL_SERVICE_NAME"])) resource.AddService(ServiceName);
            })
            .WithTracing(tracing => tracing
                .SetSampler(new StorageCallsInContextSampler())
                .AddSource(OrderTelemetry.Name)
                .AddSource("Azure.*"))
            .WithMetrics(metrics => metrics
                .AddMeter(OrderTelemetry.Name)
                .AddMeter(StorageOperationCounter.MeterName)
                // Created with the meter provider, so that the gauge exists (and ever counts) only where metrics are collected.
                .ConfigureServices(services => services.AddSingleton<InboundStateGauge>())
                .AddInstrumentation(provider => provider.GetRequiredService<InboundStateGauge>()))
            .WithLogging(_ => { }, logging =>
            {
                // The order's scope (OrderId, EntryId, ExternalId) goes with every line as attributes.
                logging.IncludeScopes = true;
                logging.IncludeFormattedMessage = true;
            });
    }
}
