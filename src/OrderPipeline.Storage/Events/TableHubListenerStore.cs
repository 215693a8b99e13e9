using System.Net;
using Azure;
using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Events;

namespace OrderPipeline.Storage.Events;

/// <summary>Hub listeners in Table Storage: partition = the API's order type, row key = the listener's id.</summary>
internal sealed class TableHubListenerStore(TableServiceClient tables, StorageNames names) : IHubListenerStore
{
    private readonly TableClient table = tables.GetTableClient(names.HubListenersTable);

    public Task AddAsync(HubListener listener, CancellationToken cancellationToken) =>
        table.AddEntityAsync(new TableEntity(OrderTypeNames.Of(listener.OrderType), listener.Id)
        {
            ["Callback"] = listener.Callback,
            ["Query"] = listener.Query,
            ["CreatedAt"] = listener.CreatedAt,
        }, cancellationToken);

    public async Task<bool> TryDeleteAsync(OrderType orderType, string id, CancellationToken cancellationToken)
    {
        // No ETag: a listener is only ever added and removed, never changed. The client answers a missing row with its
        // 404 response rather than an exception.
        var response = await table.DeleteEntityAsync(OrderTypeNames.Of(orderType), id, ETag.All, cancellationToken);
        return response.Status != (int)HttpStatusCode.NotFound;
    }

    public async Task<IReadOnlyList<HubListener>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await Tables.TableQueries.ToListAsync<TableEntity>(table, null, null, cancellationToken)).Select(row => new HubListener(
            row.RowKey,
            OrderTypeNames.Parse(row.PartitionKey),
            row.GetString("Callback"),
            row.GetString("Query"),
            row.GetDateTimeOffset("CreatedAt") ?? default))];
}
