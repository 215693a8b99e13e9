using Azure.Core;
using Azure.Core.Extensions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Idempotency;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Storage.Connection;
using OrderPipeline.Storage.Diagnostics;
using OrderPipeline.Storage.Events;
using OrderPipeline.Storage.Idempotency;
using OrderPipeline.Storage.InboundQueue;
using OrderPipeline.Storage.Ordering;
using OrderPipeline.Storage.ReferenceData;

namespace OrderPipeline.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The setting that names the storage account, shared with the Functions host: a connection string, or the section of an
    /// identity-based connection (<c>AzureWebJobsStorage__accountName</c>, …); see <see cref="StorageConnection"/>.
    /// </summary>
    public const string ConnectionSetting = "AzureWebJobsStorage";

    /// <summary>Registers the Azure Storage adapters of the domain's ports, and the clients they use, once each.</summary>
    public static IHostApplicationBuilder AddOrderPipelineStorage(this IHostApplicationBuilder builder)
    {
        var connection = StorageConnection.From(builder.Configuration);

        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(options => options.Prefix.Length <= 12 && options.Prefix.All(char.IsAsciiLetterOrDigit)
                && (options.Prefix.Length == 0 || char.IsAsciiLetterLower(options.Prefix[0]) && options.Prefix.All(c => !char.IsAsciiLetterUpper(c))),
                "Storage:Prefix must be at most 12 lowercase letters and digits, starting with a letter.")
            .ValidateOnStart();

        builder.Services.AddSingleton<StorageOperationCounter>();
        builder.Services.AddAzureClients(clients =>
        {
            var (tables, blobs, queues) = AddServiceClients(clients, connection);
            tables.ConfigureOptions((options, provider) => options.AddPolicy(CountingPolicy(provider, StorageService.Table), HttpPipelinePosition.PerRetry));
            blobs.ConfigureOptions((options, provider) => options.AddPolicy(CountingPolicy(provider, StorageService.Blob), HttpPipelinePosition.PerRetry));
            queues.ConfigureOptions((options, provider) =>
            {
                options.MessageEncoding = QueueMessageEncoding.Base64;
                options.AddPolicy(CountingPolicy(provider, StorageService.Queue), HttpPipelinePosition.PerRetry);
            });
        });

        builder.Services.AddSingleton(provider => new StorageNames(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Prefix));
        builder.Services.AddSingleton<QueueClientFactory>();
        builder.Services.AddSingleton<StorageHealthProbe>();
        builder.Services.AddSingleton<Events.EventOutbox>();
        builder.Services.AddSingleton<IEventOutbox, TableEventOutbox>();
        builder.Services.AddSingleton<IUndeliveredEvents, TableUndeliveredEvents>();
        builder.Services.AddSingleton<TableInboundEntryStore>();
        builder.Services.AddSingleton<IInboundEntryStore>(provider => provider.GetRequiredService<TableInboundEntryStore>());
        builder.Services.AddSingleton<IInboundMessageQueue, StorageQueueInboundMessages>();
        builder.Services.AddSingleton<ICustomerOrderStore, TableCustomerOrderStore>();
        builder.Services.AddSingleton<IStorageLimits, CustomerOrderLimits>();
        builder.Services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        builder.Services.AddSingleton<IReferenceDataStore, TableReferenceDataStore>();
        builder.Services.AddSingleton<Domain.Cancellation.ICancelTaskStore, Cancellation.TableCancelTaskStore>();
        builder.Services.AddSingleton<Domain.Events.IHubListenerStore, Events.TableHubListenerStore>();
        builder.Services.AddHostedService<StorageInitializer>();
        return builder;
    }

    private static (
        IAzureClientBuilder<TableServiceClient, TableClientOptions> Tables,
        IAzureClientBuilder<BlobServiceClient, BlobClientOptions> Blobs,
        IAzureClientBuilder<QueueServiceClient, QueueClientOptions> Queues) AddServiceClients(AzureClientFactoryBuilder clients, StorageConnection connection)
    {
        if (!connection.IsIdentityBased)
        {
            return (
                clients.AddTableServiceClient(connection.ConnectionString),
                clients.AddBlobServiceClient(connection.ConnectionString),
                clients.AddQueueServiceClient(connection.ConnectionString));
        }

        // One credential for the three clients, so they share its token cache.
        var credential = connection.Identity.CreateCredential();
        return (
            clients.AddTableServiceClient(connection.TableServiceUri).WithCredential(credential),
            clients.AddBlobServiceClient(connection.BlobServiceUri).WithCredential(credential),
            clients.AddQueueServiceClient(connection.QueueServiceUri).WithCredential(credential));
    }

    private static StorageOperationCountingPolicy CountingPolicy(IServiceProvider provider, StorageService service) =>
        new(provider.GetRequiredService<StorageOperationCounter>(), service);
}
