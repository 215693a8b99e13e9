using Azure.Data.Tables;
using OrderPipeline.Storage;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// The storage account of a pipeline (one connection string and prefix) as an admin inspects it with Storage Explorer:
/// for apps running as their own processes, whose services the test cannot reach.
/// </summary>
public sealed class PipelineStorage(string connectionString, string prefix)
{
    private readonly TableServiceClient tables = new(connectionString);

    public StorageNames Names { get; } = new(prefix);

    public TableClient Table(string name) => tables.GetTableClient(name);

    /// <summary>Every customer order header: id, external id and the line count it claims.</summary>
    public async Task<IReadOnlyList<(string Id, string? ExternalId, int LineCount)>> OrderHeadersAsync()
    {
        var headers = new List<(string, string?, int)>();
        await foreach (var row in Table(Names.CustomerOrdersTable).QueryAsync<TableEntity>(select: ["PartitionKey", "ExternalId", "LineCount"]))
        {
            headers.Add((row.PartitionKey, row.GetString("ExternalId"), row.GetInt32("LineCount") ?? -1));
        }

        return headers;
    }

    /// <summary>How many line rows the lines table holds for each order id.</summary>
    public async Task<IReadOnlyDictionary<string, int>> LineRowsPerOrderAsync()
    {
        var counts = new Dictionary<string, int>();
        await foreach (var row in Table(Names.CustomerOrderLinesTable).QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            counts[row.PartitionKey] = counts.GetValueOrDefault(row.PartitionKey) + 1;
        }

        return counts;
    }
}
