using System.Diagnostics.Metrics;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Telemetry;

/// <summary>
/// The app's counters and histograms, on the meter <see cref="OrderTelemetry.Name"/>. Tags are of low cardinality only
/// (order type, mode, state, reason): ids belong to spans and log scopes, never to metrics.
/// </summary>
public sealed class OrderMetrics
{
    private readonly Counter<long> accepted;
    private readonly Counter<long> refused;
    private readonly Counter<long> transitions;
    private readonly Histogram<double> timeToDone;
    private readonly Counter<long> attempts;
    private readonly Counter<long> failures;

    public OrderMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(OrderTelemetry.Name);
        accepted = meter.CreateCounter<long>("orderpipeline.orders.accepted", "{order}",
            "Orders accepted: created at once (sync) or recorded in the inbound queue (async)");
        refused = meter.CreateCounter<long>("orderpipeline.orders.refused", "{order}",
            "Orders refused at intake, by reason (invalid, tooLarge, keyReused, unreadable)");
        transitions = meter.CreateCounter<long>("orderpipeline.inbound.transitions", "{transition}",
            "Inbound entries moved into a state (New at acceptance or retry, InProgress when claimed, Done, Error)");
        timeToDone = meter.CreateHistogram<double>("orderpipeline.inbound.time_to_done", "s",
            "Time from an async order's acceptance until its customer order is created and the entry is Done",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600] });
        attempts = meter.CreateCounter<long>("orderpipeline.inbound.attempts", "{attempt}",
            "Processing attempts: each claim of an inbound entry");
        failures = meter.CreateCounter<long>("orderpipeline.inbound.failures", "{failure}",
            "Failed processing attempts: transient (retried) or permanent (the entry is in Error)");
    }

    public void Accepted(OrderType orderType, IntakeMode mode) =>
        accepted.Add(1, Tag(TelemetryTags.OrderType, TelemetryTags.OrderTypeName(orderType)), Tag(TelemetryTags.Mode, TelemetryTags.ModeName(mode)));

    public void Refused(OrderType orderType, IntakeMode mode, string reason) =>
        refused.Add(1, Tag(TelemetryTags.OrderType, TelemetryTags.OrderTypeName(orderType)), Tag(TelemetryTags.Mode, TelemetryTags.ModeName(mode)),
            Tag(TelemetryTags.Reason, reason));

    public void MovedTo(OrderType orderType, InboundState state) =>
        transitions.Add(1, Tag(TelemetryTags.OrderType, TelemetryTags.OrderTypeName(orderType)), Tag(TelemetryTags.State, TelemetryTags.StateName(state)));

    public void Claimed(OrderType orderType)
    {
        attempts.Add(1, Tag(TelemetryTags.OrderType, TelemetryTags.OrderTypeName(orderType)));
        MovedTo(orderType, InboundState.InProgress);
    }

    public void Done(InboundEntry entry)
    {
        MovedTo(entry.OrderType, InboundState.Done);
        timeToDone.Record(Math.Max(0, (entry.UpdatedAt - entry.CreatedAt).TotalSeconds),
            Tag(TelemetryTags.OrderType, TelemetryTags.OrderTypeName(entry.OrderType)));
    }

    /// <param name="orderType">The entry's order type.</param>
    /// <param name="permanent">True when the entry went to Error; false when the fault is retried.</param>
    /// <param name="reason">The error reason, or the exception's type for a transient fault.</param>
    public void Failed(OrderType orderType, bool permanent, string reason) =>
        failures.Add(1, Tag(TelemetryTags.OrderType, TelemetryTags.OrderTypeName(orderType)), Tag("orderpipeline.failure.kind", permanent ? "permanent" : "transient"),
            Tag(TelemetryTags.Reason, reason));

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}
