namespace OrderPipeline.Storage.Events;

/// <summary>
/// The message on <c>hub-events</c> that tells the delivery function where outbox rows are: one table partition and
/// the rows' keys. It is sent before the transaction that writes the rows, so a crash after that transaction still
/// leaves a message behind; a message whose rows never appear (the change was refused) is dropped after a while.
/// </summary>
/// <param name="Table">The table's full name (with the storage prefix).</param>
/// <param name="RecordedAt">When the change was about to be written: the rows are there by then, or a little after.</param>
public sealed record OutboxMessage(string Table, string PartitionKey, IReadOnlyList<string> RowKeys, DateTimeOffset RecordedAt);
