using Azure;
using Azure.Data.Tables;

namespace OrderPipeline.Storage;

/// <summary>Tells whether the storage account answers, by reading one row of the orders table.</summary>
public sealed class StorageHealthProbe(TableServiceClient tables, StorageNames names)
{
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            var table = tables.GetTableClient(names.CustomerOrdersTable);
            await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken).AsPages())
            {
                break;
            }

            return true;
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or AggregateException)
        {
            return false;
        }
    }
}
