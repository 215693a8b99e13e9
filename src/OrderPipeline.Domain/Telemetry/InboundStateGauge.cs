using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Domain.Telemetry;

/// <summary>
/// <c>orderpipeline.inbound.entries</c>: how many inbound entries are in each state, counted across the whole queue (every
/// instance reports the same figures: read it as a gauge, not a sum). Counting reads storage, so a collection reports the
/// figures of the last count and starts a new count in the background once those are <see cref="MaxAge"/> old: one count
/// per interval at most, whatever the number of collections, and none while nothing collects.
/// </summary>
public sealed partial class InboundStateGauge
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly InboundQueueAdmin admin;
    private readonly TimeProvider clock;
    private readonly ILogger<InboundStateGauge> logger;
    private volatile IReadOnlyDictionary<InboundState, int>? counts;
    private long countedAtTicks;
    private int counting;

    public InboundStateGauge(IMeterFactory meters, InboundQueueAdmin admin, TimeProvider clock, ILogger<InboundStateGauge> logger)
    {
        this.admin = admin;
        this.clock = clock;
        this.logger = logger;
        meters.Create(OrderTelemetry.Name).CreateObservableGauge("orderpipeline.inbound.entries", Observe, "{entry}",
            $"Inbound entries in each state, as counted at most {MaxAge.TotalSeconds:0} s before");
    }

    private IEnumerable<Measurement<int>> Observe()
    {
        if (clock.GetUtcNow().UtcTicks - Interlocked.Read(ref countedAtTicks) >= MaxAge.Ticks && Interlocked.Exchange(ref counting, 1) == 0)
        {
            _ = CountAsync();
        }

        return counts is { } current
            ? current.Select(pair => new Measurement<int>(pair.Value, new KeyValuePair<string, object?>(TelemetryTags.State, TelemetryTags.StateName(pair.Key))))
            : [];
    }

    private async Task CountAsync()
    {
        try
        {
            counts = await admin.SummarizeAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing waits for this count: the gauge keeps its last figures and counts again after MaxAge.
            LogCountFailed(ex);
        }
        finally
        {
            Interlocked.Exchange(ref countedAtTicks, clock.GetUtcNow().UtcTicks);
            Volatile.Write(ref counting, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting the inbound entries per state for orderpipeline.inbound.entries failed")]
    private partial void LogCountFailed(Exception exception);
}
