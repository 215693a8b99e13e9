using Azure.Data.Tables;

namespace OrderPipeline.Storage.Tables;

/// <summary>Splits the operations on one partition into transactions within Azure's limits: 100 operations and 4 MiB.</summary>
internal static class TransactionChunks
{
    /// <summary>
    /// Writes the actions, of one partition or several, in transactions within the limits, up to
    /// <paramref name="concurrency"/> at a time. Not atomic as a whole: for deterministic rows written again on a retry.
    /// </summary>
    public static Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, int concurrency, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            actions.GroupBy(action => action.Entity.PartitionKey).SelectMany(Of),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (transaction, token) => await PartitionTransaction.SubmitAsync(table, transaction, token));

    private static IEnumerable<IReadOnlyList<TableTransactionAction>> Of(IEnumerable<TableTransactionAction> actions)
    {
        var chunk = new List<TableTransactionAction>();
        var bytes = 0L;
        foreach (var action in actions)
        {
            var size = new TransactionPart(action.Entity.RowKey, [action]).ApproximateBytes;
            if (chunk.Count == PartitionTransaction.MaxOperations || (chunk.Count > 0 && bytes + size > GroupedTransactions.BudgetBytes))
            {
                yield return chunk;
                (chunk, bytes) = ([], 0);
            }

            chunk.Add(action);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }
}
