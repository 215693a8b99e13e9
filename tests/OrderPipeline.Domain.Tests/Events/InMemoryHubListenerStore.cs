using OrderPipeline.Domain;
using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>Hub listeners kept in memory, for services under test that route events.</summary>
internal sealed class InMemoryHubListenerStore : IHubListenerStore
{
    private readonly List<HubListener> listeners = [];

    public int Reads { get; private set; }

    public Task AddAsync(HubListener listener, CancellationToken cancellationToken)
    {
        lock (listeners) listeners.Add(listener);
        return Task.CompletedTask;
    }

    public Task<bool> TryDeleteAsync(OrderType orderType, string id, CancellationToken cancellationToken)
    {
        lock (listeners) return Task.FromResult(listeners.RemoveAll(listener => listener.OrderType == orderType && listener.Id == id) > 0);
    }

    public Task<IReadOnlyList<HubListener>> ListAsync(CancellationToken cancellationToken)
    {
        lock (listeners)
        {
            Reads++;
            return Task.FromResult<IReadOnlyList<HubListener>>([.. listeners]);
        }
    }

    /// <summary>A hub over this store, with the given clock and options.</summary>
    public HubListeners Hub(TimeProvider? clock = null, HubOptions? options = null) =>
        new(this, Microsoft.Extensions.Options.Options.Create(options ?? new HubOptions()), clock ?? TimeProvider.System);
}
