using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrderPipeline.Domain.Events;

/// <summary>
/// Delivers hub events at least once. A <c>hub-events</c> message names outbox rows; each row's due recipients are
/// posted to, failures retried with a doubling delay until <see cref="HubOptions.MaxAttempts"/>, then recorded as
/// undelivered; a recipient whose listener was removed is dropped. A row nobody waits for any more is deleted; the rest get a new message, hidden until a recipient is due.
/// A row not found is looked for again for <see cref="HubOptions.CommitWindow"/> after its change was recorded, then dropped.
/// </summary>
public sealed class EventDelivery(
    IEventOutbox outbox,
    IEventSender sender,
    IUndeliveredEvents undelivered,
    HubListeners listeners,
    IOptionsMonitor<HubOptions> options,
    TimeProvider clock,
    ILogger<EventDelivery> logger)
{
    /// <summary>The first wait before looking again for a row not written yet; each further look waits as long as the row has been awaited.</summary>
    public static readonly TimeSpan FirstMissingLook = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two looks for a row not written yet.</summary>
    public static readonly TimeSpan LastMissingLook = TimeSpan.FromSeconds(30);

    private readonly OutboxRowDelivery rows = new(outbox, sender, undelivered, listeners, clock, logger);

    /// <exception cref="Exception">Storage faults escape, so the trigger delivers the message again; a listener's failure never does.</exception>
    public async Task<DeliveryReport> DeliverAsync(OutboxBatch batch, CancellationToken cancellationToken)
    {
        var hub = options.CurrentValue;
        var outcomes = await Task.WhenAll(
            batch.RowKeys.Distinct(StringComparer.Ordinal).Select(rowKey => rows.DeliverAsync(batch, rowKey, hub, cancellationToken)));

        var now = clock.GetUtcNow();
        var pending = outcomes.Where(outcome => outcome.NextLookAt is not null).ToList();
        if (pending.Count > 0)
        {
            var earliest = pending.Min(outcome => outcome.NextLookAt!.Value);
            await outbox.ScheduleAsync(batch.With([.. pending.Select(outcome => outcome.RowKey)]), Later(earliest - now), cancellationToken);
        }

        List<string> missing = [.. outcomes.Where(outcome => outcome.Missing).Select(outcome => outcome.RowKey)];
        var age = now - batch.RecordedAt;
        var awaited = missing.Count > 0 && age < hub.CommitWindow;
        if (awaited)
        {
            // The change's transaction may not have committed yet: look again, waiting longer the longer it has been.
            var wait = age < FirstMissingLook ? FirstMissingLook : age > LastMissingLook ? LastMissingLook : age;
            await outbox.ScheduleAsync(batch.With(missing), wait, cancellationToken);
        }
        else if (missing.Count > 0)
        {
            EventDeliveryLog.Dropped(logger, string.Join(", ", missing), batch.Table, batch.PartitionKey, age);
        }

        return new DeliveryReport(
            outcomes.Sum(outcome => outcome.Delivered),
            outcomes.Sum(outcome => outcome.Failed),
            outcomes.Sum(outcome => outcome.GivenUp),
            outcomes.Count(outcome => outcome is { Missing: false, NextLookAt: null }),
            pending.Count,
            awaited ? missing.Count : 0,
            awaited ? 0 : missing.Count);
    }

    private static TimeSpan Later(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
