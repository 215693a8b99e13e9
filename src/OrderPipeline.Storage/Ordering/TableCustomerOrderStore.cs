using System.Net;
using Azure;
using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Storage.Events;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Ordering;

/// <summary>
/// Customer orders in Table Storage. Lines are written first, in transactions of at most 100 within the order's
/// partition, and the header last: an order is listed and found only once all its lines are there.
/// </summary>
internal sealed class TableCustomerOrderStore(TableServiceClient tables, StorageNames names, EventOutbox outbox) : ICustomerOrderStore
{
    private const int ConcurrentTransactions = 4;

    // Orders whose items are on their lines are read one partition each; this many at a time, so that a page of them
    // does not flood storage.
    private const int ConcurrentLineReads = 8;

    private readonly TableClient headers = tables.GetTableClient(names.CustomerOrdersTable);
    private readonly TableClient lines = tables.GetTableClient(names.CustomerOrderLinesTable);

    public async Task SaveAsync(CustomerOrder order, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            var items = CustomerOrderRows.ItemsForHeader(order);
            var upserts = order.Lines.Select(line =>
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, CustomerOrderRows.ToLine(order.Id, line, withItem: items is null)));
            await TransactionChunks.SubmitAsync(lines, upserts, ConcurrentTransactions, cancellationToken);
            var header = CustomerOrderRows.ToHeader(order, items);
            if (events.Count == 0)
            {
                await headers.UpsertEntityAsync(header, TableUpdateMode.Replace, cancellationToken);
                return;
            }

            // The events go with the header in one transaction: they are recorded exactly when the order becomes visible.
            await outbox.AnnounceAsync(headers, order.Id, events, cancellationToken);
            await PartitionTransaction.SubmitAsync(headers,
                [new(TableTransactionActionType.UpsertReplace, header), .. EventOutbox.RowsFor(order.Id, events)], cancellationToken);
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

    public async Task<CustomerOrderHeader?> FindHeaderAsync(OrderType orderType, string id, CancellationToken cancellationToken)
    {
        var header = await headers.GetEntityIfExistsAsync<TableEntity>(id, CustomerOrderRows.HeaderRowKey, cancellationToken: cancellationToken);
        return header.HasValue && header.Value!.GetString("OrderType") == OrderTypeNames.Of(orderType)
            ? CustomerOrderRows.ToHeaderForChange(header.Value, orderType)
            : null;
    }

    public async Task<bool> TryUpdateHeaderAsync(CustomerOrderHeader header, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken)
    {
        // A merge: the items and the columns the change does not touch stay as they are.
        var row = CustomerOrderRows.ChangedHeader(header);
        await outbox.AnnounceAsync(headers, header.Id, events, cancellationToken);
        try
        {
            await PartitionTransaction.SubmitAsync(headers,
                [new(TableTransactionActionType.UpdateMerge, row, new ETag(header.Version)), .. EventOutbox.RowsFor(header.Id, events)], cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the keys of the matches up to the page's end, then the page's headers in one range query (ids sort in
    /// creation order, so a page is a key range), then counts the rest of the matches by their keys while the page's
    /// budget of ⌈N/100⌉ + 2 requests lasts: past it the total is left unknown rather than paid for with a request per
    /// thousand orders. An order's lines are read only when its header does not hold its items.
    /// </summary>
    public async Task<OrderPage<StoredOrder>> ListAsync(OrderType orderType, OrderQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter(orderType, query);
        var keys = new List<string>();
        var requests = 0;
        string? continuation = null;
        do
        {
            (continuation, var read) = await ReadKeysAsync(filter, continuation, keys, cancellationToken);
            requests += read;
        }
        while (continuation is not null && keys.Count < (long)query.Offset + query.Limit);

        var pageIds = keys.Skip(query.Offset).Take(query.Limit).ToList();
        var budget = (pageIds.Count + 99) / 100 + 2;
        var orders = pageIds.Count == 0 ? [] : await ReadPageAsync(filter, pageIds, query.IncludeItems, cancellationToken);
        requests += pageIds.Count == 0 ? 0 : 1;
        while (continuation is not null && requests < budget)
        {
            (continuation, var read) = await ReadKeysAsync(filter, continuation, keys, cancellationToken);
            requests += read;
        }

        return new OrderPage<StoredOrder>(orders, continuation is null ? keys.Count : null);
    }

    // One page of up to a thousand matching keys (a page may come back empty with a continuation, as the service allows).
    private async Task<(string? Continuation, int Requests)> ReadKeysAsync(
        string filter, string? continuation, List<string> keys, CancellationToken cancellationToken)
    {
        await foreach (var page in headers.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey"], cancellationToken)
            .AsPages(continuation, 1000))
        {
            keys.AddRange(page.Values.Select(match => match.PartitionKey));
            return (page.ContinuationToken, 1);
        }

        return (null, 1);
    }

    private async Task<StoredOrder[]> ReadPageAsync(string filter, List<string> pageIds, bool includeItems, CancellationToken cancellationToken)
    {
        var range = TableClient.CreateQueryFilter($"PartitionKey ge {pageIds[0]} and PartitionKey le {pageIds[^1]}");
        var inRange = (await headers.ToListAsync<TableEntity>($"{filter} and {range}", select: null, cancellationToken))
            .ToDictionary(header => header.PartitionKey, StringComparer.Ordinal);
        // An async order completed meanwhile may have joined the range; the page stays the one counted.
        var page = pageIds.Where(inRange.ContainsKey).Select(id => inRange[id]).ToList();

        var orders = new StoredOrder[page.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, page.Count),
            new ParallelOptions { MaxDegreeOfParallelism = ConcurrentLineReads, CancellationToken = cancellationToken },
            async (index, token) => orders[index] = await ToStoredOrderAsync(page[index], includeItems, token));
        return orders;
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
