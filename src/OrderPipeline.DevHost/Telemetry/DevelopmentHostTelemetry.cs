using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OrderPipeline.DevHost.Telemetry;

public static class DevelopmentHostTelemetry
{
    /// <summary>
    /// HTTP server spans and metrics, which the Functions host records in Azure: here Kestrel serves the functions, so
    /// ASP.NET Core's instrumentation takes its place. Only in effect where the app builds an OpenTelemetry provider
    /// (an exporter is configured, or a test adds one).
    /// </summary>
    public static IServiceCollection AddDevelopmentHostTelemetry(this IServiceCollection services) => services
        .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddAspNetCoreInstrumentation())
        .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddAspNetCoreInstrumentation());
}
