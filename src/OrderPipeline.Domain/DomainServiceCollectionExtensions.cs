using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Idempotency;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Intake;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.Telemetry;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Domain.Validation.Catalog;

namespace OrderPipeline.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the application services. The host binds <see cref="InboundQueueOptions"/>,
    /// <see cref="Idempotency.IdempotencyOptions"/>, <see cref="Validation.OrderValidationOptions"/>,
    /// <see cref="ReferenceDataOptions"/>, <see cref="ListingOptions"/> and <see cref="HubOptions"/>, and provides the storage
    /// ports and the event sender.
    /// </summary>
    public static IServiceCollection AddOrderPipelineDomain(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OrderMetrics>();
        services.AddSingleton<CatalogValidation>();
        services.AddSingleton<OrderValidator>();
        services.AddSingleton<OrderIntake>();
        services.AddSingleton<ListingGate>();
        services.AddSingleton<OrderQueries>();
        services.AddSingleton<InboundProcessor>();
        services.AddSingleton<Events.HubListeners>();
        services.AddSingleton<Cancellation.OrderCancellation>();
        services.AddSingleton<InboundSweeper>();
        services.AddSingleton<InboundQueueAdmin>();
        services.AddSingleton<InboundEntryPurge>();
        services.AddSingleton<IdempotencyKeyPurge>();
        services.AddSingleton<EventDelivery>();
        services.AddSingleton<IReferenceCatalog, CachedReferenceCatalog>();
        services.AddSingleton<ReferenceDataLoader>();
        return services;
    }
}
