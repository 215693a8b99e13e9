using Microsoft.Extensions.Logging;

namespace OrderPipeline.Domain.Events;

/// <summary>
/// One look at one outbox row: posts the event to every recipient that is due, at once, then writes what came of it
/// with the row's ETag (or deletes the row when nobody waits any more). A lost race re-reads the row and applies the
/// same attempts to it again.
/// </summary>
internal sealed class OutboxRowDelivery(
    IEventOutbox outbox, IEventSender sender, IUndeliveredEvents undelivered, HubListeners listeners, TimeProvider clock, ILogger logger)
{
    // Each lost race means another deliverer wrote the row; a few rounds settle any real contention.
    private const int MaxRounds = 5;

    public async Task<RowOutcome> DeliverAsync(OutboxBatch batch, string rowKey, HubOptions options, CancellationToken cancellationToken)
    {
        var row = await outbox.FindAsync(batch, rowKey, cancellationToken);
        if (row is null)
        {
            return RowOutcome.NotFound(rowKey);
        }

        var attempts = await AttemptDueAsync(row, options, cancellationToken);
        var now = clock.GetUtcNow();
        for (var round = 1; ; round++)
        {
            var decision = RowDecision.Make(row, attempts, options, now);
            // Recorded before the row drops them, so a crash in between loses no listener; the record is keyed, so it is written once.
            foreach (var givenUp in decision.GivenUp)
            {
                await undelivered.RecordAsync(
                    new UndeliveredEvent(row.Event, givenUp.ListenerId, givenUp.Callback, givenUp.Attempts, givenUp.LastError, now), cancellationToken);
                EventDeliveryLog.GivenUp(logger, row.Event.EventId, givenUp.ListenerId, givenUp.Attempts, givenUp.LastError);
            }

            var next = row with { Recipients = decision.Remaining };
            if (next.IsFinished)
            {
                if (await outbox.TryDeleteAsync(batch, next, cancellationToken)) return RowOutcome.Finished(rowKey, decision);
            }
            else if (!decision.Changed || await outbox.TryUpdateAsync(batch, next, cancellationToken))
            {
                return RowOutcome.Pending(rowKey, NextDue(next, now), decision);
            }

            if (round == MaxRounds)
            {
                // Our attempts may go uncounted; a later look tries again, and a listener may get the event twice.
                EventDeliveryLog.Contended(logger, rowKey);
                return RowOutcome.Pending(rowKey, now + options.FirstRetryDelay);
            }

            row = await outbox.FindAsync(batch, rowKey, cancellationToken);
            if (row is null)
            {
                // Another deliverer finished it and deleted it.
                return RowOutcome.Finished(rowKey);
            }
        }
    }

    private async Task<Dictionary<(string, string), DeliveryAttempt>> AttemptDueAsync(
        PendingEvent row, HubOptions options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = row.Recipients.Where(recipient => recipient.IsDue(now)).DistinctBy(recipient => (recipient.ListenerId, recipient.Callback));
        var attempts = await Task.WhenAll(due.Select(recipient => AttemptAsync(row.Event, recipient, options, cancellationToken)));
        return attempts.ToDictionary(attempt => (attempt.Seen.ListenerId, attempt.Seen.Callback));
    }

    private async Task<DeliveryAttempt> AttemptAsync(OrderEvent orderEvent, RecipientProgress recipient, HubOptions options, CancellationToken cancellationToken)
    {
        // The allow-list may have changed since the listener registered: a callback refused now is never called.
        if (CallbackRules.WhyRefused(recipient.Callback, options) is { } refusal)
        {
            return new DeliveryAttempt(recipient, CallbackResult.Failed(refusal), Refused: true);
        }

        // A listener removed with DELETE /hub/{id} gets nothing more, also of what was recorded before.
        if (!await listeners.IsRegisteredAsync(recipient.ListenerId, cancellationToken))
        {
            return new DeliveryAttempt(recipient, CallbackResult.Failed("the listener was removed"), Refused: false, Unsubscribed: true);
        }

        var result = await sender.SendAsync(recipient.Callback, orderEvent.Body, cancellationToken);
        if (result.IsAccepted)
        {
            EventDeliveryLog.Delivered(logger, orderEvent.EventId, recipient.ListenerId);
        }
        else
        {
            EventDeliveryLog.AttemptFailed(logger, orderEvent.EventId, recipient.ListenerId, recipient.Attempts + 1, result.Error!);
        }

        return new DeliveryAttempt(recipient, result, Refused: false);
    }

    private static DateTimeOffset NextDue(PendingEvent row, DateTimeOffset now) =>
        row.Recipients.Where(recipient => !recipient.Delivered).Min(recipient => recipient.NextAttemptAt ?? now);
}
