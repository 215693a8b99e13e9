namespace OrderPipeline.Domain.Events;

/// <summary>The delivery side of the outbox: the rows a <c>hub-events</c> message names, and the message itself.</summary>
public interface IEventOutbox
{
    /// <summary>The batch a message's text names.</summary>
    /// <exception cref="FormatException">The text is not a message of this queue.</exception>
    OutboxBatch Read(string messageText);

    /// <summary>The outbox row, or null when it is not there (not written yet, never written, or finished and deleted).</summary>
    Task<PendingEvent?> FindAsync(OutboxBatch batch, string rowKey, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the recipients' progress if nobody changed the row since it was read (ETag-conditional). Returns false when
    /// somebody did, or it is gone; the caller re-reads and decides.
    /// </summary>
    Task<bool> TryUpdateAsync(OutboxBatch batch, PendingEvent pending, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes a finished row if nobody changed it since it was read. True when it is gone (a row already deleted counts);
    /// false when somebody changed it, so the caller re-reads.
    /// </summary>
    Task<bool> TryDeleteAsync(OutboxBatch batch, PendingEvent pending, CancellationToken cancellationToken);

    /// <summary>Sends a new message naming <paramref name="batch"/>'s rows, visible after <paramref name="delay"/>.</summary>
    Task ScheduleAsync(OutboxBatch batch, TimeSpan delay, CancellationToken cancellationToken);
}
