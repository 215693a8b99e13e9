using System.Net;
using Azure;
using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Storage.Events;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Cancellation;

/// <summary>
/// Cancel tasks in Table Storage, one partition per task with the events its completion raises beside it. A list reads
/// the matching tasks' keys and answers a page of them: cancellations are few beside orders.
/// </summary>
internal sealed class TableCancelTaskStore(TableServiceClient tables, StorageNames names, EventOutbox outbox) : ICancelTaskStore
{
    private readonly TableClient table = tables.GetTableClient(names.CancelOrdersTable);

    public async Task<CancelOrderTask?> FindAsync(OrderType orderType, string id, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(id, CancelTaskRows.RowKey, cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString("OrderType") == OrderTypeNames.Of(orderType) ? CancelTaskRows.FromEntity(row.Value) : null;
    }

    public async Task<bool> TryAddAsync(CancelOrderTask task, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.AddEntityAsync(CancelTaskRows.ToEntity(task), cancellationToken);
            task.MarkPersisted(response.Headers.ETag.ToString()!);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task<bool> TryUpdateAsync(CancelOrderTask task, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken)
    {
        var version = new ETag(task.Version ?? throw new InvalidOperationException("Only a task read from the store can be updated."));
        await outbox.AnnounceAsync(table, task.OrderId, events, cancellationToken);
        try
        {
            var response = await PartitionTransaction.SubmitAsync(table,
                [new(TableTransactionActionType.UpdateReplace, CancelTaskRows.ToEntity(task), version), .. EventOutbox.RowsFor(task.OrderId, events)],
                cancellationToken);
            task.MarkPersisted(response.Value[0].Headers.ETag.ToString()!);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<bool> TryDeleteAsync(CancelOrderTask task, CancellationToken cancellationToken)
    {
        try
        {
            // A missing row comes back as a 404 response, not an exception.
            var response = await table.DeleteEntityAsync(task.OrderId, CancelTaskRows.RowKey, new ETag(task.Version!), cancellationToken);
            return response.Status != (int)HttpStatusCode.NotFound;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<CancelOrderTask>> FindUnfinishedAsync(DateTimeOffset receivedBefore, int max, CancellationToken cancellationToken)
    {
        var received = CancelTaskStates.Received(OrderType.Product);
        var accepted = CancelTaskStates.Received(OrderType.Service);
        var rows = await table.ToListAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {CancelTaskRows.RowKey} and (State eq {received} or State eq {accepted}) and CreatedAt le {receivedBefore}"),
            select: null, cancellationToken);
        return [.. rows.Take(max).Select(CancelTaskRows.FromEntity)];
    }

    public async Task<OrderPage<CancelOrderTask>> ListAsync(OrderType orderType, CancelTaskQuery query, CancellationToken cancellationToken)
    {
        var clauses = new List<string>
        {
            TableClient.CreateQueryFilter($"RowKey eq {CancelTaskRows.RowKey} and OrderType eq {OrderTypeNames.Of(orderType)}"),
        };
        if (query.State is { } state) clauses.Add(TableClient.CreateQueryFilter($"State eq {state}"));
        if (query.OrderId is { } orderId) clauses.Add(TableClient.CreateQueryFilter($"PartitionKey eq {orderId}"));
        var rows = await table.ToListAsync<TableEntity>(string.Join(" and ", clauses), select: null, cancellationToken);
        return new OrderPage<CancelOrderTask>([.. rows.Skip(query.Offset).Take(query.Limit).Select(CancelTaskRows.FromEntity)], rows.Count);
    }
}
