using Azure.Data.Tables;
using OrderPipeline.Domain.Events;

namespace OrderPipeline.Storage.Events;

/// <summary>The <c>UndeliveredEvents</c> table.</summary>
internal sealed class TableUndeliveredEvents(TableServiceClient tables, StorageNames names) : IUndeliveredEvents
{
    private readonly TableClient table = tables.GetTableClient(names.UndeliveredEventsTable);

    public async Task RecordAsync(UndeliveredEvent undelivered, CancellationToken cancellationToken) =>
        await table.UpsertEntityAsync(UndeliveredEventRows.ToEntity(undelivered), TableUpdateMode.Replace, cancellationToken);

    public async Task<UndeliveredEventPage> ListAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        // Keys are by listener and event, not by time: order the keys and times of all rows (a few properties each), then
        // read whole only the rows of the page. Undelivered events are the exception, so the table stays small.
        List<TableEntity> keys = [];
        await foreach (var key in table.QueryAsync<TableEntity>(
            filter: (string?)null, maxPerPage: 1000, ["PartitionKey", "RowKey", UndeliveredEventRows.UndeliveredAt], cancellationToken))
        {
            keys.Add(key);
        }

        var page = keys
            .OrderByDescending(row => row.GetDateTimeOffset(UndeliveredEventRows.UndeliveredAt))
            .ThenBy(row => row.PartitionKey, StringComparer.Ordinal).ThenBy(row => row.RowKey, StringComparer.Ordinal)
            .Skip(offset).Take(limit).ToList();
        var rows = await Task.WhenAll(page.Select(key =>
            table.GetEntityIfExistsAsync<TableEntity>(key.PartitionKey, key.RowKey, cancellationToken: cancellationToken)));
        return new UndeliveredEventPage([.. rows.Where(row => row.HasValue).Select(row => UndeliveredEventRows.FromEntity(row.Value!))], keys.Count);
    }
}
