using Azure.Core;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Idempotency;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Storage.Diagnostics;
using OrderPipeline.Storage.Idempotency;
using OrderPipeline.Storage.InboundQueue;
using OrderPipeline.Storage.Ordering;
using OrderPipeline.Storage.ReferenceData;

namespace OrderPipeline.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The setting that names the storage account, shared with the Functions host.</summary>
    public const string ConnectionSetting = "AzureWebJobsStorage";

    /// <summary>Registers the Azure Storage adapters of the domain's ports, and the clients they use, once each.</summary>
    public static IHostApplicationBuilder AddOrderPipelineStorage(this IHostApplicationBuilder builder)
    {
        var connection = builder.Configuration[ConnectionSetting];
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException(
                $"The app setting {ConnectionSetting} is missing. Locally, copy local.settings.sample.json to local.settings.json; it points at Azurite.");
        }

        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(options => options.Prefix.Length <= 12 && options.Prefix.All(char.IsAsciiLetterOrDigit)
                && (options.Prefix.Length == 0 || char.IsAsciiLetterLower(options.Prefix[0]) && options.Prefix.All(c => !char.IsAsciiLetterUpper(c))),
                "Storage:Prefix must be at most 12 lowercase letters and digits, starting with a letter.")
            .ValidateOnStart();

        builder.Services.AddSingleton<StorageOperationCounter>();
        builder.Services.AddAzureClients(clients =>
        {
            clients.AddTableServiceClient(connection)
                .ConfigureOptions((options, provider) => options.AddPolicy(CountingPolicy(provider, StorageService.Table), HttpPipelinePosition.PerRetry));
            clients.AddBlobServiceClient(connection)
                .ConfigureOptions((options, provider) => options.AddPolicy(CountingPolicy(provider, StorageService.Blob), HttpPipelinePosition.PerRetry));
            clients.AddQueueServiceClient(connection).ConfigureOptions((options, provider) =>
            {
                options.MessageEncoding = QueueMessageEncoding.Base64;
                options.AddPolicy(CountingPolicy(provider, StorageService.Queue), HttpPipelinePosition.PerRetry);
            });
        });

        builder.Services.AddSingleton(provider => new StorageNames(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Prefix));
        builder.Services.AddSingleton<QueueClientFactory>();
        builder.Services.AddSingleton<StorageHealthProbe>();
        builder.Services.AddSingleton<IInboundEntryStore, TableInboundEntryStore>();
        builder.Services.AddSingleton<IInboundMessageQueue, StorageQueueInboundMessages>();
        builder.Services.AddSingleton<ICustomerOrderStore, TableCustomerOrderStore>();
        builder.Services.AddSingleton<IIdempotencyStore, TableIdempotencyStore>();
        builder.Services.AddSingleton<IReferenceDataStore, TableReferenceDataStore>();
        builder.Services.AddHostedService<StorageInitializer>();
        return builder;
    }

    private static StorageOperationCountingPolicy CountingPolicy(IServiceProvider provider, StorageService service) =>
        new(provider.GetRequiredService<StorageOperationCounter>(), service);
}
