using Azure.Data.Tables;

namespace OrderPipeline.Storage.Tables;

/// <summary>
/// One caller's share of a group transaction: its operations, all on rows of one entity (named by
/// <paramref name="EntityKey"/>, which no other share of the same transaction may have), the first being on that entity's main row.
/// </summary>
internal sealed record TransactionPart(string EntityKey, IReadOnlyList<TableTransactionAction> Actions)
{
    public long ApproximateBytes { get; } = Actions.Sum(action =>
        512 + ((IDictionary<string, object>)action.Entity).Values.Sum(value => value is string text ? 2L * text.Length : 16));
}
