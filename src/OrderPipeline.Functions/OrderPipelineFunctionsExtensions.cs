using Microsoft.Extensions.Options;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Idempotency;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Functions.Events;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Orders;
using OrderPipeline.Functions.ReferenceData;
using OrderPipeline.Functions.Validation;
using OrderPipeline.Functions.Telemetry;
using OrderPipeline.Storage;

namespace OrderPipeline.Functions;

/// <summary>The services every function needs; the function app and the development host both compose through here.</summary>
public static class OrderPipelineFunctionsExtensions
{
    public static IHostApplicationBuilder AddOrderPipelineFunctions(this IHostApplicationBuilder builder)
    {
        builder.Configuration.AddLoggingDefaults();
        builder.Configuration.AddHostJson();
        builder.AddOrderPipelineStorage();
        builder.AddOrderPipelineTelemetry();

        var services = builder.Services;
        services.AddOrderPipelineDomain();
        services.AddOrderValidationSwitches(builder.Configuration);
        services.AddOptions<InboundQueueOptions>().BindConfiguration(InboundQueueOptions.SectionName)
            .Validate(options => options.BatchSize is > 0 and <= 1000, "InboundQueue:BatchSize must be from 1 to 1000.")
            .Validate(options => options.PartitionsAtOnce is 1 or 2 or 4 or 8 or 16, "InboundQueue:PartitionsAtOnce must be 1, 2, 4, 8 or 16.")
            .Validate(options => options.MaxInFlight is > 0 and <= 1024, "InboundQueue:MaxInFlight must be from 1 to 1024.")
            .Validate(options => options.DoneRetention > TimeSpan.Zero, "InboundQueue:DoneRetention must be positive, such as 7.00:00:00.")
            .ValidateOnStart();
        services.AddOptions<QueueTriggerOptions>().BindConfiguration(QueueTriggerOptions.SectionName);
        // An entry gets as many attempts as the queue trigger gives its message (host.json maxDequeueCount).
        services.AddOptions<InboundQueueOptions>()
            .Configure<IOptions<QueueTriggerOptions>>((options, queueTrigger) => options.MaxAttempts = queueTrigger.Value.MaxDequeueCount);
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName)
            .Validate(options => options.MaxRequestBytes > 0, "Intake:MaxRequestBytes must be positive.")
            .Validate(options => options.MaxStringBytes > 0, "Intake:MaxStringBytes must be positive.")
            .Validate(options => options.MaxBulkOrders > 0, "Intake:MaxBulkOrders must be positive.")
            .Validate(options => options.BulkWriteConcurrency is > 0 and <= 256, "Intake:BulkWriteConcurrency must be from 1 to 256.")
            .Validate(options => options.MaxBufferedBytes > 0, "Intake:MaxBufferedBytes must be positive.")
            .Validate(options => options.MaxBodyWait >= TimeSpan.Zero, "Intake:MaxBodyWait must be zero or more, such as 00:00:05.")
            .ValidateOnStart();
        services.AddOptions<ListingOptions>().BindConfiguration(ListingOptions.SectionName)
            .Validate(options => options.MaxConcurrent is > 0 and <= 256, "Listing:MaxConcurrent must be from 1 to 256.")
            .Validate(options => options.MaxWait >= TimeSpan.Zero && options.MaxWait <= TimeSpan.FromMinutes(1),
                "Listing:MaxWait must be from 00:00:00 to 00:01:00.")
            .ValidateOnStart();
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.SectionName)
            .Validate(options => options.Retention > TimeSpan.Zero, "Idempotency:Retention must be positive, such as 1.00:00:00.")
            .ValidateOnStart();
        services.AddReferenceDataLoading();
        services.AddOptions<HubOptions>().BindConfiguration(HubOptions.SectionName)
            .Validate(options => options.MaxAttempts >= 1, "Hub:MaxAttempts must be 1 or more.")
            .Validate(options => options.FirstRetryDelay > TimeSpan.Zero, "Hub:FirstRetryDelay must be positive, such as 00:00:05.")
            .Validate(options => options.MaxRetryDelay >= options.FirstRetryDelay, "Hub:MaxRetryDelay must be at least Hub:FirstRetryDelay, such as 00:10:00.")
            .Validate(options => options.CallbackTimeout >= TimeSpan.FromSeconds(1) && options.CallbackTimeout <= TimeSpan.FromMinutes(5),
                "Hub:CallbackTimeout must be from 00:00:01 to 00:05:00.")
            .Validate(options => options.CommitWindow > TimeSpan.Zero, "Hub:CommitWindow must be positive, such as 00:02:00.")
            .ValidateOnStart();
        services.AddHubEventDelivery();

        services.AddSingleton<RequestBodyBudget>();
        services.AddSingleton<BulkOrderIntake>();
        services.AddSingleton<OrderRequests>();
        services.AddSingleton<Cancellation.CancelRequests>();
        services.AddSingleton<Events.HubRequests>();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, FunctionsJsonContext.Default);
            options.SerializerOptions.TypeInfoResolverChain.Insert(1, Domain.TmfJsonContext.Default);
        });
        return builder;
    }

    private static void AddOrderValidationSwitches(this IServiceCollection services, IConfiguration configuration)
    {
        // The four switches are flat app settings named as ServiceNow names its properties; IOptionsMonitor
        // re-reads them whenever the configuration reloads (an edited local.settings.json, say).
        services.AddOptions<OrderValidationOptions>().Configure(options =>
        {
            options.ProductOrderSync = configuration.GetValue(ValidationSwitchSettings.For(OrderType.Product, IntakeMode.Sync), true);
            options.ProductOrderAsync = configuration.GetValue(ValidationSwitchSettings.For(OrderType.Product, IntakeMode.Async), true);
            options.ServiceOrderSync = configuration.GetValue(ValidationSwitchSettings.For(OrderType.Service, IntakeMode.Sync), true);
            options.ServiceOrderAsync = configuration.GetValue(ValidationSwitchSettings.For(OrderType.Service, IntakeMode.Async), true);
        });
        services.AddSingleton<IOptionsChangeTokenSource<OrderValidationOptions>>(new ConfigurationChangeTokenSource<OrderValidationOptions>(configuration));
    }
}
