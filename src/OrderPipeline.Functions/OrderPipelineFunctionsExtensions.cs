using Microsoft.Extensions.Options;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Idempotency;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Functions.Diagnostics;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Health;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.InboundQueue;
using OrderPipeline.Functions.Orders;
using OrderPipeline.Functions.ReferenceData;
using OrderPipeline.Functions.Security;
using OrderPipeline.Functions.Triggers;
using OrderPipeline.Storage;

namespace OrderPipeline.Functions;

/// <summary>Composes the function app; both run modes (under the Functions host and standalone) go through here.</summary>
public static class OrderPipelineFunctionsExtensions
{
    public static WebApplicationBuilder AddOrderPipelineFunctions(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddFunctionsSettings(builder.Environment);
        builder.ConfigureListeningAddress();
        builder.AddDevelopmentStorage();
        builder.AddOrderPipelineStorage();
        builder.AddFunctionKeys();

        var services = builder.Services;
        services.AddOrderPipelineDomain();
        services.AddOrderValidationSwitches(builder.Configuration);
        services.AddOptions<InboundQueueOptions>().BindConfiguration(InboundQueueOptions.SectionName)
            .Validate(options => options.BatchSize is > 0 and <= 1000, "InboundQueue:BatchSize must be from 1 to 1000.")
            .Validate(options => NCrontab.CrontabSchedule.TryParse(options.SweepSchedule, new() { IncludingSeconds = true }) is not null,
                "InboundQueue:SweepSchedule must be a six-field NCRONTAB expression, such as */30 * * * * *.")
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
            .ValidateOnStart();
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.SectionName)
            .Validate(options => options.Retention > TimeSpan.Zero, "Idempotency:Retention must be positive, such as 1.00:00:00.")
            .Validate(options => NCrontab.CrontabSchedule.TryParse(options.PurgeSchedule, new() { IncludingSeconds = true }) is not null,
                "Idempotency:PurgeSchedule must be a six-field NCRONTAB expression, such as 0 0 * * * *.")
            .ValidateOnStart();
        services.AddOptions<StandaloneTriggerOptions>().BindConfiguration(StandaloneTriggerOptions.SectionName);
        services.AddReferenceDataLoading();

        services.AddSingleton<InboundQueueTrigger>();
        services.AddSingleton<BulkOrderIntake>();
        services.AddStandaloneTriggers(builder.Configuration);

        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, FunctionsJsonContext.Default);
            options.SerializerOptions.TypeInfoResolverChain.Insert(1, Domain.TmfJsonContext.Default);
        });
        services.AddExceptionHandler<TmfExceptionHandler>();
        services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapOrderPipelineFunctions(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseTmfStatusCodePages();
        app.UseFunctionKeys();
        app.MapOrders();
        app.MapInboundQueueAdmin();
        app.MapReferenceData();
        app.MapHealth();
        app.MapDiagnostics();
        app.MapTriggerInvocations();
        return app;
    }

    private static void AddOrderValidationSwitches(this IServiceCollection services, IConfiguration configuration)
    {
        // The four switches are flat app settings named as ServiceNow names its properties; IOptionsMonitor
        // re-reads them whenever the configuration reloads (an edited local.settings.json, say).
        services.AddOptions<OrderValidationOptions>().Configure(options =>
        {
            options.ProductOrderSync = configuration.GetValue("create_product_order_validation_sync", true);
            options.ProductOrderAsync = configuration.GetValue("create_product_order_validation_async", true);
            options.ServiceOrderSync = configuration.GetValue("create_service_order_validation_sync", true);
            options.ServiceOrderAsync = configuration.GetValue("create_service_order_validation_async", true);
        });
        services.AddSingleton<IOptionsChangeTokenSource<OrderValidationOptions>>(new ConfigurationChangeTokenSource<OrderValidationOptions>(configuration));
    }

    private static void AddStandaloneTriggers(this IServiceCollection services, IConfiguration configuration)
    {
        if (CustomHandlerHosting.IsUnderFunctionsHost(configuration))
        {
            return;
        }

        var triggers = configuration.GetSection(StandaloneTriggerOptions.SectionName).Get<StandaloneTriggerOptions>() ?? new();
        if (triggers.QueueListener) services.AddHostedService<StandaloneQueueListener>();
        if (!triggers.Timer)
        {
            return;
        }

        // Registered as plain IHostedService: AddHostedService would keep only the first of two of the same type.
        services.AddSingleton<IHostedService>(provider => StandaloneTimerFor(provider, FunctionCatalog.SweepInboundQueue,
            provider.GetRequiredService<IOptions<InboundQueueOptions>>().Value.SweepSchedule,
            provider.GetRequiredService<InboundSweeper>().SweepAsync));
        services.AddSingleton<IHostedService>(provider => StandaloneTimerFor(provider, FunctionCatalog.PurgeIdempotencyKeys,
            provider.GetRequiredService<IOptions<IdempotencyOptions>>().Value.PurgeSchedule,
            provider.GetRequiredService<IdempotencyKeyPurge>().PurgeAsync));
    }

    private static StandaloneTimer StandaloneTimerFor<T>(
        IServiceProvider provider, TimerFunction function, string schedule, Func<CancellationToken, Task<T>> run) =>
        new(function, schedule, run, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<StandaloneTimer>>());
}
