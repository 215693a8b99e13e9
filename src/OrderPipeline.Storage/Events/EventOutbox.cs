using System.Text.Json;
using Azure.Data.Tables;
using OrderPipeline.Domain.Events;

namespace OrderPipeline.Storage.Events;

/// <summary>
/// The recording side of the outbox: a store that changes a row and records events with it announces them on
/// <c>hub-events</c> first, then adds <see cref="RowsFor"/> to the transaction that writes the change. The order of the
/// two is what makes a crash harmless: the message is there before the rows, and a message without rows is dropped.
/// </summary>
internal sealed class EventOutbox(QueueClientFactory queues, TimeProvider clock)
{
    /// <summary>Sends the message that leads the delivery function to the rows; nothing when there are no events.</summary>
    public async Task AnnounceAsync(TableClient table, string partition, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var message = new OutboxMessage(table.Name, partition, [.. events.Select(routed => OutboxRows.RowKey(routed.Event.EventId))], clock.GetUtcNow());
        await queues.HubEventsQueue().SendMessageAsync(JsonSerializer.Serialize(message, StorageJsonContext.Default.OutboxMessage), cancellationToken);
    }

    /// <summary>
    /// The outbox rows to write in the change's transaction. Upserts: the same change recorded again (a retry after a
    /// crash) writes the same event again, which a listener may then receive twice, with one event id.
    /// </summary>
    public static IEnumerable<TableTransactionAction> RowsFor(string partition, IReadOnlyList<RoutedEvent> events) =>
        events.Select(routed => new TableTransactionAction(TableTransactionActionType.UpsertReplace, OutboxRows.ToEntity(partition, routed)));
}
