using Azure.Data.Tables;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Ordering;

/// <summary>
/// Customer orders in Table Storage. Lines are written first, in transactions of at most 100 within the order's
/// partition, and the header last: an order is listed and found only once all its lines are there.
/// </summary>
internal sealed class TableCustomerOrderStore(TableServiceClient tables, StorageNames names) : ICustomerOrderStore
{
    private const int ConcurrentTransactions = 4;
    private readonly TableClient headers = tables.GetTableClient(names.CustomerOrdersTable);
    private readonly TableClient lines = tables.GetTableClient(names.CustomerOrderLinesTable);

    public async Task SaveAsync(CustomerOrder order, CancellationToken cancellationToken)
    {
        try
        {
            var upserts = order.Lines.Select(line =>
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, CustomerOrderRows.ToLine(order.Id, line)));
            await TransactionChunks.SubmitAsync(lines, upserts, ConcurrentTransactions, cancellationToken);
            await headers.UpsertEntityAsync(CustomerOrderRows.ToHeader(order), TableUpdateMode.Replace, cancellationToken);
        }
        catch (Exception ex) when (StorageFaults.IsTooLarge(ex))
        {
            throw new OrderTooLargeException($"Table Storage refused a row of order {order.Id} as too large.", ex);
        }
    }

    public async Task<StoredOrder?> FindAsync(OrderType orderType, string id, CancellationToken cancellationToken)
    {
        var header = await headers.GetEntityIfExistsAsync<TableEntity>(id, CustomerOrderRows.HeaderRowKey, cancellationToken: cancellationToken);
        if (!header.HasValue || header.Value!.GetString("OrderType") != OrderTypeNames.Of(orderType))
        {
            return null;
        }

        return CustomerOrderRows.ToStoredOrder(header.Value, await ReadLinesAsync(id, cancellationToken));
    }

    public async Task<OrderPage<StoredOrder>> ListAsync(OrderType orderType, OrderQuery query, CancellationToken cancellationToken)
    {
        var matches = await headers.ToListAsync<TableEntity>(Filter(orderType, query), select: ["PartitionKey"], cancellationToken);
        var page = await Task.WhenAll(matches.Skip(query.Offset).Take(query.Limit).Select(async match =>
        {
            var header = await headers.GetEntityAsync<TableEntity>(match.PartitionKey, CustomerOrderRows.HeaderRowKey, cancellationToken: cancellationToken);
            var lines = query.IncludeItems ? await ReadLinesAsync(match.PartitionKey, cancellationToken) : null;
            return CustomerOrderRows.ToStoredOrder(header.Value, lines);
        }));
        return new OrderPage<StoredOrder>(page, matches.Count);
    }

    private Task<List<TableEntity>> ReadLinesAsync(string orderId, CancellationToken cancellationToken) =>
        lines.ToListAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {orderId}"), select: null, cancellationToken);

    private static string Filter(OrderType orderType, OrderQuery query)
    {
        var typeName = OrderTypeNames.Of(orderType);
        var clauses = new List<string> { TableClient.CreateQueryFilter($"RowKey eq {CustomerOrderRows.HeaderRowKey} and OrderType eq {typeName}") };
        if (query.Id is { } id) clauses.Add(TableClient.CreateQueryFilter($"PartitionKey eq {id}"));
        if (query.ExternalId is { } externalId) clauses.Add(TableClient.CreateQueryFilter($"ExternalId eq {externalId}"));
        if (query.State is { } state) clauses.Add(TableClient.CreateQueryFilter($"State eq {state}"));
        if (query.OrderDate is { } orderDate) clauses.Add(TableClient.CreateQueryFilter($"OrderDate eq {orderDate}"));
        return string.Join(" and ", clauses);
    }
}
