using Azure.Data.Tables;

namespace OrderPipeline.Storage.Tables;

/// <summary>
/// Entity-group transactions, group-committed: the shares of one partition that arrive while a transaction is in
/// flight are written together by the next one, within Azure's limits. A share the service refuses (one row exists, or
/// its ETag no longer matches) fails the whole transaction, so then each share is written on its own and only the
/// refused one is refused.
/// </summary>
internal sealed class GroupedTransactions
{
    // Azure's limit for a transaction is 4 MiB; strings count twice (UTF-16), plus room for the rest.
    internal const long BudgetBytes = 3L * 1024 * 1024;

    private readonly TableClient table;
    private readonly Func<TableTransactionFailedException, bool> isRefusal;
    private readonly GroupCommit<TransactionPart, string?> commits;

    /// <param name="table">The table written to.</param>
    /// <param name="isRefusal">Which failures refuse a share, rather than fault the write.</param>
    public GroupedTransactions(TableClient table, Func<TableTransactionFailedException, bool> isRefusal)
    {
        this.table = table;
        this.isRefusal = isRefusal;
        commits = new GroupCommit<TransactionPart, string?>(HowManyFit, SubmitAsync);
    }

    /// <summary>The ETag the share's first operation wrote, or null when the service refused the share.</summary>
    public Task<string?> SubmitAsync(string partitionKey, TransactionPart part) => commits.WriteAsync(partitionKey, part);

    /// <summary>How many of <paramref name="pending"/>, from the first, fit one transaction: 100 operations, the size budget, no entity twice.</summary>
    private static int HowManyFit(IReadOnlyList<TransactionPart> pending)
    {
        var operations = 0;
        var bytes = 0L;
        var entities = new HashSet<string>();
        var count = 0;
        foreach (var part in pending)
        {
            operations += part.Actions.Count;
            bytes += part.ApproximateBytes;
            if (operations > PartitionTransaction.MaxOperations || (count > 0 && bytes > BudgetBytes) || !entities.Add(part.EntityKey)) break;
            count++;
        }

        return count;
    }

    private async Task<IReadOnlyList<string?>> SubmitAsync(IReadOnlyList<TransactionPart> batch)
    {
        try
        {
            var response = await PartitionTransaction.SubmitAsync(table, [.. batch.SelectMany(part => part.Actions)], CancellationToken.None);
            var first = 0;
            var versions = new List<string?>(batch.Count);
            foreach (var part in batch)
            {
                versions.Add(response.Value[first].Headers.ETag.ToString());
                first += part.Actions.Count;
            }

            return versions;
        }
        catch (TableTransactionFailedException ex) when (isRefusal(ex) && batch.Count > 1)
        {
            return await Task.WhenAll(batch.Select(async part => (await SubmitAsync([part]))[0]));
        }
        catch (TableTransactionFailedException ex) when (isRefusal(ex))
        {
            return [null];
        }
    }
}
