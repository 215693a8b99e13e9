using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OrderPipeline.Domain.Events;

namespace OrderPipeline.Storage.Events;

/// <summary>
/// The delivery side of the outbox over Azure Tables and the <c>hub-events</c> queue: point reads of the rows a message
/// names, progress merged with the row's ETag, and new messages hidden until the next look is due.
/// </summary>
internal sealed class TableEventOutbox(TableServiceClient tables, QueueClientFactory queues, StorageNames names) : IEventOutbox
{
    // A queue message can be hidden for at most 7 days; a recipient due later is looked at then, and waits again.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);

    // A message that never expires: the default time-to-live (7 days) would drop a look scheduled near that limit.
    private static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);

    public OutboxBatch Read(string messageText)
    {
        OutboxMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(messageText, StorageJsonContext.Default.OutboxMessage);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The message is not a hub-events message.", ex);
        }

        // Only outbox rows of this pipeline's own tables are ever read, whatever a message names.
        if (message is not { Table.Length: > 0, PartitionKey: not null, RowKeys: not null } || !message.Table.StartsWith(names.Prefix, StringComparison.Ordinal)
            || message.RowKeys.Any(rowKey => rowKey is null || !rowKey.StartsWith(OutboxRows.RowKeyPrefix, StringComparison.Ordinal)))
        {
            throw new FormatException("The message does not name outbox rows of this pipeline's tables.");
        }

        return new OutboxBatch(message.Table, message.PartitionKey, message.RowKeys, message.RecordedAt);
    }

    public async Task<PendingEvent?> FindAsync(OutboxBatch batch, string rowKey, CancellationToken cancellationToken)
    {
        var row = await Table(batch).GetEntityIfExistsAsync<TableEntity>(batch.PartitionKey, rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? OutboxProgress.PendingOf(row.Value!) : null;
    }

    public async Task<bool> TryUpdateAsync(OutboxBatch batch, PendingEvent pending, CancellationToken cancellationToken)
    {
        try
        {
            // A merge of the recipients alone: the event, perhaps tens of kilobytes, is not written again.
            await Table(batch).UpdateEntityAsync(
                OutboxProgress.RecipientsOnly(batch.PartitionKey, pending), new ETag(pending.Version), TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<bool> TryDeleteAsync(OutboxBatch batch, PendingEvent pending, CancellationToken cancellationToken)
    {
        try
        {
            // A row already gone answers 404 as a response, not an exception: deleted either way.
            await Table(batch).DeleteEntityAsync(batch.PartitionKey, pending.RowKey, new ETag(pending.Version), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    public async Task ScheduleAsync(OutboxBatch batch, TimeSpan delay, CancellationToken cancellationToken)
    {
        var message = new OutboxMessage(batch.Table, batch.PartitionKey, batch.RowKeys, batch.RecordedAt);
        // The service counts visibility in whole seconds; rounding down would show the message before anyone is due.
        var seconds = Math.Ceiling(Math.Clamp(delay.TotalSeconds, 0, MaxDelay.TotalSeconds));
        await queues.HubEventsQueue().SendMessageAsync(
            JsonSerializer.Serialize(message, StorageJsonContext.Default.OutboxMessage), TimeSpan.FromSeconds(seconds), NeverExpires, cancellationToken);
    }

    private TableClient Table(OutboxBatch batch) => tables.GetTableClient(batch.Table);
}
