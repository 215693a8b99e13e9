using System.Net;
using Azure;
using Azure.Data.Tables;
using OrderPipeline.Domain.Idempotency;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Idempotency;

/// <summary>
/// Idempotency keys in Table Storage. A claim is an insert, which the service lets exactly one of any number
/// of simultaneous writers win (409 for the rest); an expired claim is replaced only if nobody changed it since it was read.
/// </summary>
internal sealed class TableIdempotencyStore(TableServiceClient tables, StorageNames names) : IIdempotencyStore
{
    private readonly TableClient table = tables.GetTableClient(names.IdempotencyKeysTable);

    public async Task<IdempotentRequest> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken)
    {
        var row = IdempotencyRows.ToEntity(request);
        while (true)
        {
            try
            {
                await table.AddEntityAsync(row, cancellationToken);
                return request;
            }
            catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
            {
                // Someone holds the key: answer with their request unless it has expired.
            }

            var held = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
            if (!held.HasValue)
            {
                continue; // purged between our insert and our read; insert again
            }

            var holder = IdempotencyRows.FromEntity(held.Value!);
            if (!holder.HasExpired(request.AcceptedAt))
            {
                return holder;
            }

            try
            {
                await table.UpdateEntityAsync(row, held.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return request;
            }
            catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
            {
                // Another request replaced or purged the expired claim first; start over and see who holds it now.
            }
        }
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = await table.ToListAsync<TableEntity>(
            TableClient.CreateQueryFilter($"ExpiresAt lt {now}"), ["PartitionKey", "RowKey"], cancellationToken);
        foreach (var partition in expired.GroupBy(row => row.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(PartitionTransaction.MaxOperations))
            {
                // A key re-claimed since the query carries a new ETag, so only rows unchanged since then are deleted.
                await DeleteAsync(chunk, cancellationToken);
            }
        }

        return expired.Count;
    }

    private async Task DeleteAsync(IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        try
        {
            await PartitionTransaction.SubmitAsync(
                table, [.. rows.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag))], cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            // One row changed or went meanwhile, failing the whole transaction; the next purge takes the rest.
        }
    }
}
