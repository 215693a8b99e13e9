namespace OrderPipeline.Domain.Events;

/// <summary>
/// Outbox rows to look at together, as a <c>hub-events</c> message names them: rows of one partition of one table,
/// beside the change that recorded them.
/// </summary>
/// <param name="Table">The table the rows are in, as the store names it.</param>
/// <param name="PartitionKey">The partition of the change, and of its outbox rows.</param>
/// <param name="RowKeys">The outbox rows' keys.</param>
/// <param name="RecordedAt">When the change was about to be written; a row still missing long after it was never written.</param>
public sealed record OutboxBatch(string Table, string PartitionKey, IReadOnlyList<string> RowKeys, DateTimeOffset RecordedAt)
{
    /// <summary>The same rows' place, naming only <paramref name="rowKeys"/>.</summary>
    public OutboxBatch With(IReadOnlyList<string> rowKeys) => this with { RowKeys = rowKeys };
}
