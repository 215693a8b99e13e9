using Azure.Data.Tables;
using OrderPipeline.Domain.Events;

namespace OrderPipeline.Storage.Events;

/// <summary>An outbox row as the delivery side sees it: the event, each recipient's progress, and the row's ETag.</summary>
internal static class OutboxProgress
{
    public static PendingEvent PendingOf(TableEntity row) => new(
        row.RowKey,
        OutboxRows.EventOf(row),
        [.. OutboxRows.RecipientsOf(row).Select(stored => new RecipientProgress(
            stored.ListenerId, stored.Callback, stored.Attempts, stored.Delivered, stored.LastError, stored.NextAttemptAt))],
        row.ETag.ToString());

    /// <summary>A row holding only the recipients, for a merge that leaves the event's properties as they are.</summary>
    public static TableEntity RecipientsOnly(string partitionKey, PendingEvent pending)
    {
        var row = new TableEntity(partitionKey, pending.RowKey);
        OutboxRows.WriteRecipients(row, [.. pending.Recipients.Select(progress => new OutboxRecipient(
            progress.ListenerId, progress.Callback, progress.Attempts, progress.Delivered, progress.LastError, progress.NextAttemptAt))]);
        return row;
    }
}
