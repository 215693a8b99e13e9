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

    // Orders whose items are on their lines are read one partition each; this many at a time, so that a page of them
    // does not flood storage.
    private const int ConcurrentLineReads = 8;

    private readonly TableClient headers = tables.GetTableClient(names.CustomerOrdersTable);
    private readonly TableClient lines = tables.GetTableClient(names.CustomerOrderLinesTable);

    public async Task SaveAsync(CustomerOrder order, CancellationToken cancellationToken)
    {
        try
        {
            var items = CustomerOrderRows.ItemsForHeader(order);
            var upserts = order.Lines.Select(line =>
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, CustomerOrderRows.ToLine(order.Id, line, withItem: items is null)));
            await TransactionChunks.SubmitAsync(lines, upserts, ConcurrentTransactions, cancellationToken);
            await headers.UpsertEntityAsync(CustomerOrderRows.ToHeader(order, items), TableUpdateMode.Replace, cancellationToken);
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

        return await ToStoredOrderAsync(header.Value, withItems: true, cancellationToken);
    }

    /// <summary>
    /// Reads the keys of every match (to count them), then the page's headers in one range query: ids sort in creation
    /// order, so a page is a key range. An order's lines are read only when its header does not hold its items.
    /// </summary>
    public async Task<OrderPage<StoredOrder>> ListAsync(OrderType orderType, OrderQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter(orderType, query);
        var matches = await headers.ToListAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken);
        var pageIds = matches.Skip(query.Offset).Take(query.Limit).Select(match => match.PartitionKey).ToList();
        if (pageIds.Count == 0)
        {
            return new OrderPage<StoredOrder>([], matches.Count);
        }

        var range = TableClient.CreateQueryFilter($"PartitionKey ge {pageIds[0]} and PartitionKey le {pageIds[^1]}");
        var inRange = (await headers.ToListAsync<TableEntity>($"{filter} and {range}", select: null, cancellationToken))
            .ToDictionary(header => header.PartitionKey, StringComparer.Ordinal);
        // An async order completed meanwhile may have joined the range; the page stays the one counted.
        var page = pageIds.Where(inRange.ContainsKey).Select(id => inRange[id]).ToList();

        var orders = new StoredOrder[page.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, page.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentLineReads, CancellationToken = cancellationToken },
            async (index, token) => orders[index] = await ToStoredOrderAsync(page[index], query.IncludeItems, token));
        return new OrderPage<StoredOrder>(orders, matches.Count);
    }

    private async Task<StoredOrder> ToStoredOrderAsync(TableEntity header, bool withItems, CancellationToken cancellationToken)
    {
        var orderLines = withItems && !CustomerOrderRows.HoldsItems(header) ? await ReadLinesAsync(header.PartitionKey, cancellationToken) : null;
        return CustomerOrderRows.ToStoredOrder(header, withItems, orderLines);
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
