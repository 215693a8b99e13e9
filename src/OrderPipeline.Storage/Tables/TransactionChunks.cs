using Azure.Data.Tables;

namespace OrderPipeline.Storage.Tables;

/// <summary>Splits the operations on one partition into transactions within Azure's limits: 100 operations and 4 MiB.</summary>
internal static class TransactionChunks
{
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Of(IEnumerable<TableTransactionAction> actions)
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
