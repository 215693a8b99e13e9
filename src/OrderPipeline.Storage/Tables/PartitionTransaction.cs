using Azure.Data.Tables;

namespace OrderPipeline.Storage.Tables;

/// <summary>
/// Submits entity-group transactions within Azure's rules: one partition, at most 100 operations.
/// Azurite accepts transactions that mix partitions, Azure refuses them, so the guard lives here in our code.
/// </summary>
internal static class PartitionTransaction
{
    public const int MaxOperations = 100;

    public static Task<Azure.Response<IReadOnlyList<Azure.Response>>> SubmitAsync(
        TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        if (actions.Count is 0 or > MaxOperations)
        {
            throw new ArgumentException($"A transaction holds 1 to {MaxOperations} operations, not {actions.Count}.", nameof(actions));
        }

        var partition = actions[0].Entity.PartitionKey;
        if (actions.Any(action => action.Entity.PartitionKey != partition))
        {
            throw new ArgumentException("All operations of a transaction must target one partition.", nameof(actions));
        }

        return table.SubmitTransactionAsync(actions, cancellationToken);
    }
}
