using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Hosting;

namespace OrderPipeline.Storage;

/// <summary>Creates the tables, queues and container once at start, if they are not there yet.</summary>
internal sealed class StorageInitializer(
    TableServiceClient tables, BlobServiceClient blobs, QueueClientFactory queues, StorageNames names) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            tables.CreateTableIfNotExistsAsync(names.InboundEntriesTable, cancellationToken),
            tables.CreateTableIfNotExistsAsync(names.CustomerOrdersTable, cancellationToken),
            tables.CreateTableIfNotExistsAsync(names.CustomerOrderLinesTable, cancellationToken),
            tables.CreateTableIfNotExistsAsync(names.IdempotencyKeysTable, cancellationToken),
            tables.CreateTableIfNotExistsAsync(names.ReferenceDataTable, cancellationToken),
            tables.CreateTableIfNotExistsAsync(names.HubListenersTable, cancellationToken),
            tables.CreateTableIfNotExistsAsync(names.CancelOrdersTable, cancellationToken),
            tables.CreateTableIfNotExistsAsync(names.UndeliveredEventsTable, cancellationToken),
            blobs.GetBlobContainerClient(names.PayloadContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            queues.InboundQueue().CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            queues.PoisonQueue().CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            queues.HubEventsQueue().CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            queues.HubEventsPoisonQueue().CreateIfNotExistsAsync(cancellationToken: cancellationToken));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
