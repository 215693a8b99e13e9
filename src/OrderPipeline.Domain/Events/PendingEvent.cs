namespace OrderPipeline.Domain.Events;

/// <summary>An outbox row as read: the event as recorded, each listener's progress, and the row's version (ETag).</summary>
/// <param name="RowKey">The row's key, as the batch names it.</param>
/// <param name="Recipients">Listeners still to be served or served already; one given up on is no longer among them.</param>
public sealed record PendingEvent(string RowKey, OrderEvent Event, IReadOnlyList<RecipientProgress> Recipients, string Version)
{
    /// <summary>True when no listener is waiting for the event any more: the row can go.</summary>
    public bool IsFinished => Recipients.All(recipient => recipient.Delivered);
}
