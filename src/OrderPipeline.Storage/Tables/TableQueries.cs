using Azure.Data.Tables;

namespace OrderPipeline.Storage.Tables;

/// <summary>Query helpers; every query here reads all its pages, since a page may be empty and still have a continuation.</summary>
internal static class TableQueries
{
    public static async Task<List<T>> ToListAsync<T>(
        this TableClient table, string? filter, IEnumerable<string>? select, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var results = new List<T>();
        await foreach (var entity in table.QueryAsync<T>(filter, maxPerPage: 1000, select, cancellationToken))
        {
            results.Add(entity);
        }

        return results;
    }

    /// <summary>The filter for row keys that start with <paramref name="prefix"/> in one partition.</summary>
    public static string RowKeyPrefix(string partitionKey, string prefix)
    {
        var end = prefix[..^1] + (char)(prefix[^1] + 1);
        return TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {prefix} and RowKey lt {end}");
    }
}
