using System.Diagnostics;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Telemetry;

/// <summary>
/// The app's own spans: intake, the inbound queue message, processing and the customer order write. Plain
/// <see cref="System.Diagnostics"/>: with no listener (no exporter configured) starting a span costs a check and yields null.
/// </summary>
public static class OrderTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="System.Diagnostics.Metrics.Meter"/> of the app.</summary>
    public const string Name = "OrderPipeline";

    public static ActivitySource Source { get; } = new(Name);

    /// <summary>True while anything listens to the app's spans; only then does a queue message carry trace context.</summary>
    public static bool IsTracing => Source.HasListeners();

    public static Activity? StartIntake(OrderType orderType, IntakeMode mode) =>
        Source.StartActivity($"intake {TelemetryTags.OrderTypeName(orderType)}", ActivityKind.Internal)
            ?.SetTag(TelemetryTags.OrderType, TelemetryTags.OrderTypeName(orderType))
            .SetTag(TelemetryTags.Mode, TelemetryTags.ModeName(mode));

    /// <summary>The span of sending an entry's trigger message; its context travels in the message to the processing span.</summary>
    public static Activity? StartEnqueue(string entryId) =>
        Source.StartActivity("enqueue inbound entry", ActivityKind.Producer)
            ?.SetTag(TelemetryTags.EntryId, entryId)
            .SetTag("messaging.operation.type", "send");

    /// <param name="entryId">The entry to process.</param>
    /// <param name="traceParent">The W3C <c>traceparent</c> the entry's queue message carried, if any: the span continues that trace.</param>
    public static Activity? StartProcessing(string entryId, string? traceParent)
    {
        if (!Source.HasListeners()) return null;

        // Under a message's trace context the span belongs to the trace of the order, and the trigger's own span (the
        // Functions worker's invocation, say) stays reachable as a link; without one it is a child of the trigger's span.
        var invocation = Activity.Current;
        if (!ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent))
        {
            return Source.StartActivity("process inbound entry", ActivityKind.Consumer)
                ?.SetTag(TelemetryTags.EntryId, entryId)
                .SetTag("messaging.operation.type", "process");
        }

        ActivityLink[]? links = invocation is null ? null : [new ActivityLink(invocation.Context)];
        return Source.StartActivity("process inbound entry", ActivityKind.Consumer, parent, links: links)
            ?.SetTag(TelemetryTags.EntryId, entryId)
            .SetTag("messaging.operation.type", "process");
    }

    public static Activity? StartSave(string orderId, int lineCount) =>
        Source.StartActivity("save customer order", ActivityKind.Internal)
            ?.SetTag(TelemetryTags.OrderId, orderId)
            .SetTag(TelemetryTags.LineCount, lineCount);

    /// <summary>The W3C <c>traceparent</c> of the current span, for a message that starts work elsewhere; null when nobody traces.</summary>
    public static string? CurrentTraceParent() => IsTracing ? Activity.Current?.Id : null;
}
