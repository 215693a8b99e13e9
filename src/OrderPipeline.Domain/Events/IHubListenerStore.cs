namespace OrderPipeline.Domain.Events;

/// <summary>Where hub listeners are kept.</summary>
public interface IHubListenerStore
{
    Task AddAsync(HubListener listener, CancellationToken cancellationToken);

    /// <summary>False when there is no such listener.</summary>
    Task<bool> TryDeleteAsync(OrderType orderType, string id, CancellationToken cancellationToken);

    /// <summary>The listeners of both hubs.</summary>
    Task<IReadOnlyList<HubListener>> ListAsync(CancellationToken cancellationToken);
}
