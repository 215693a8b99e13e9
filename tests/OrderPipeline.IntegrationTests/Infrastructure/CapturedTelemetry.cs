using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OrderPipeline.Functions.Telemetry;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// The app's telemetry as an exporter receives it: the app's own instrumentation (<see cref="TelemetryExtensions"/>) with
/// in-memory exporters in place of OTLP or Application Insights.
/// </summary>
public sealed class CapturedTelemetry
{
    private readonly ExportedItems<Activity> spans = new();
    private readonly ExportedItems<MetricSnapshot> metrics = new();
    private readonly ExportedItems<LogRecord> logs = new();

    /// <summary>For <see cref="PipelineApp.StartAsync"/>'s <c>configure</c>.</summary>
    public void AddTo(WebApplicationBuilder builder) => builder.Services.AddOpenTelemetry()
        .AddOrderPipelineInstrumentation(builder.Configuration)
        .WithTracing(tracing => tracing.AddInMemoryExporter(spans))
        .WithMetrics(meters => meters.AddInMemoryExporter(metrics))
        .WithLogging(logging => logging.AddInMemoryExporter(logs));

    public IReadOnlyList<Activity> Spans => spans.Snapshot();

    /// <summary>The exported log records: message, trace context and the attributes of their scopes.</summary>
    public IReadOnlyList<LogRecord> Logs => logs.Snapshot();

    /// <summary>The attributes of every scope a log record was written in.</summary>
    public static IReadOnlyDictionary<string, object?> ScopeAttributes(LogRecord record)
    {
        var attributes = new Dictionary<string, object?>();
        record.ForEachScope((scope, found) =>
        {
            foreach (var attribute in scope) found[attribute.Key] = attribute.Value;
        }, attributes);
        return attributes;
    }

    /// <summary>The spans of one trace, once a span named <paramref name="lastSpan"/> for <paramref name="entityTag"/> has ended.</summary>
    public async Task<IReadOnlyList<Activity>> TraceEndingWithAsync(string lastSpan, string entityTag, string id)
    {
        var last = await Eventually.WaitForAsync(
            () => Task.FromResult(Spans.FirstOrDefault(span => span.DisplayName == lastSpan && (string?)span.GetTagItem(entityTag) == id)),
            span => span is not null, $"the span '{lastSpan}' of {id}");
        return [.. Spans.Where(span => span.TraceId == last!.TraceId)];
    }

    /// <summary>The latest cumulative value of each metric, after the app's meter provider has collected.</summary>
    public IReadOnlyList<MetricSnapshot> CollectMetrics(IServiceProvider services)
    {
        services.GetRequiredService<MeterProvider>().ForceFlush();
        return [.. metrics.Snapshot().GroupBy(metric => metric.Name).Select(group => group.Last())];
    }

    /// <summary>The sum of a counter, over the points whose tags include every one given.</summary>
    public static long Sum(IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Sum(point => point.GetSumLong());

    /// <summary>How many values a histogram recorded, over the points whose tags include every one given.</summary>
    public static long Count(IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Sum(point => point.GetHistogramCount());

    /// <summary>The last value of a gauge at the point with the tags given; null when it reported none.</summary>
    public static long? Gauge(IReadOnlyList<MetricSnapshot> metrics, string name, params (string Key, string Value)[] tags) =>
        Points(metrics, name, tags).Select(point => (long?)point.GetGaugeLastValueLong()).SingleOrDefault();

    private static IEnumerable<MetricPoint> Points(IReadOnlyList<MetricSnapshot> metrics, string name, (string Key, string Value)[] tags)
    {
        var metric = metrics.SingleOrDefault(metric => metric.Name == name);
        if (metric is null) return [];
        return metric.MetricPoints.Where(point =>
        {
            var pointTags = new Dictionary<string, object?>();
            foreach (var tag in point.Tags) pointTags[tag.Key] = tag.Value;
            return tags.All(tag => pointTags.TryGetValue(tag.Key, out var value) && (string?)value == tag.Value);
        });
    }

    /// <summary>A collection the exporters add to from the app's threads while the test reads it.</summary>
    private sealed class ExportedItems<T> : ICollection<T>
    {
        private readonly List<T> items = [];
        private readonly Lock gate = new();

        public int Count { get { lock (gate) return items.Count; } }
        public bool IsReadOnly => false;

        public IReadOnlyList<T> Snapshot() { lock (gate) return [.. items]; }

        public void Add(T item) { lock (gate) items.Add(item); }
        public void Clear() { lock (gate) items.Clear(); }
        public bool Contains(T item) { lock (gate) return items.Contains(item); }
        public void CopyTo(T[] array, int arrayIndex) { lock (gate) items.CopyTo(array, arrayIndex); }
        public bool Remove(T item) { lock (gate) return items.Remove(item); }
        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
