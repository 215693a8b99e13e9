using Azure.Data.Tables;

namespace OrderPipeline.Storage.Tables;

/// <summary>
/// Point reads of one table, group-committed: reads of one partition that arrive while one is in flight are
/// answered together by one query naming their row keys, so a batch of entries costs one request, not one each.
/// </summary>
internal sealed class GroupedPointReads
{
    // Azure allows at most 15 comparisons in a filter: the partition key and 14 row keys.
    private const int MaxRowKeys = 14;

    private readonly TableClient table;
    private readonly GroupCommit<(string PartitionKey, string RowKey), TableEntity?> reads;

    public GroupedPointReads(TableClient table)
    {
        this.table = table;
        reads = new GroupCommit<(string, string), TableEntity?>(keys => Math.Min(keys.Count, MaxRowKeys), ReadTogetherAsync);
    }

    /// <summary>The row, or null when there is none.</summary>
    public Task<TableEntity?> ReadAsync(string partitionKey, string rowKey) => reads.WriteAsync(partitionKey, (partitionKey, rowKey));

    private async Task<IReadOnlyList<TableEntity?>> ReadTogetherAsync(IReadOnlyList<(string PartitionKey, string RowKey)> keys)
    {
        if (keys.Count == 1)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(keys[0].PartitionKey, keys[0].RowKey, cancellationToken: CancellationToken.None);
            return [row.HasValue ? row.Value : null];
        }

        // Each comparison is parameterised on its own; only the joining " or " is ours.
        var rowKeys = string.Join(" or ", keys.Select(key => key.RowKey).Distinct().Select(rowKey => TableClient.CreateQueryFilter($"RowKey eq {rowKey}")));
        var filter = $"{TableClient.CreateQueryFilter($"PartitionKey eq {keys[0].PartitionKey}")} and ({rowKeys})";
        var found = (await table.ToListAsync<TableEntity>(filter, select: null, CancellationToken.None)).ToDictionary(row => row.RowKey);
        return [.. keys.Select(key => found.GetValueOrDefault(key.RowKey))];
    }
}
