using OrderPipeline.Domain.Events;

namespace OrderPipeline.Functions.Events;

internal static class HubEventDeliveryRegistration
{
    /// <summary>What delivering hub events needs beyond the domain and storage registrations: the HTTP sender, once.</summary>
    public static IServiceCollection AddHubEventDelivery(this IServiceCollection services)
    {
        services.AddSingleton<IEventSender, HttpEventSender>();
        return services;
    }
}
