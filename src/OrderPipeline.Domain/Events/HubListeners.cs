using Microsoft.Extensions.Options;

namespace OrderPipeline.Domain.Events;

/// <summary>
/// The hubs of both APIs: registering and removing listeners, and deciding who receives an event. Every change that
/// raises events asks here, so the listeners are held in memory and read again every <see cref="HubOptions.ListenerRefresh"/>
/// (at once on this instance after a registration or removal): a listener registered on another instance receives
/// events from at most that long after.
/// </summary>
public sealed class HubListeners(IHubListenerStore store, IOptions<HubOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim reading = new(1, 1);
    private volatile Snapshot? snapshot;

    // Moves on at every registration or removal here, so that a read begun before one is not taken as current after it.
    private int generation;

    public async Task<(HubListener? Listener, string? Error)> RegisterAsync(
        OrderType orderType, string? callback, string? query, CancellationToken cancellationToken)
    {
        if (CallbackRules.WhyRefused(callback, options.Value) is { } refused)
        {
            return (null, refused);
        }

        if (!HubQuery.TryParse(query, orderType, out _, out var error))
        {
            return (null, error);
        }

        var listener = new HubListener(OrderIds.New(), orderType, callback!, query, clock.GetUtcNow());
        await store.AddAsync(listener, cancellationToken);
        Interlocked.Increment(ref generation);
        return (listener, null);
    }

    public async Task<bool> UnregisterAsync(OrderType orderType, string id, CancellationToken cancellationToken)
    {
        if (!OrderIds.IsWellFormed(id) || !await store.TryDeleteAsync(orderType, id, cancellationToken))
        {
            return false;
        }

        Interlocked.Increment(ref generation);
        return true;
    }

    /// <summary>
    /// Each event with the listeners that want it; events nobody wants are left out. The events are built only when
    /// some listener is registered: every order change asks, and most find nobody listening.
    /// </summary>
    public async Task<IReadOnlyList<RoutedEvent>> RouteAsync(Func<IEnumerable<OrderEvent>> events, CancellationToken cancellationToken)
    {
        var listeners = await CurrentAsync(cancellationToken);
        if (listeners.Count == 0)
        {
            return [];
        }

        return [.. events()
            .Select(e => new RoutedEvent(e, [.. listeners.Where(listener => listener.Wants(e)).Select(listener => new EventRecipient(listener.Id, listener.Callback))]))
            .Where(routed => routed.Recipients.Count > 0)];
    }

    /// <summary>
    /// Whether the listener is registered now, for delivery to stop sending to one removed. One this instance's copy does
    /// not know is looked for in the store, as it may have been registered on another instance a moment ago.
    /// </summary>
    public async Task<bool> IsRegisteredAsync(string listenerId, CancellationToken cancellationToken)
    {
        if ((await CurrentAsync(cancellationToken)).Any(listener => listener.Id == listenerId))
        {
            return true;
        }

        Interlocked.Increment(ref generation);
        return (await CurrentAsync(cancellationToken)).Any(listener => listener.Id == listenerId);
    }

    private async Task<IReadOnlyList<HubListener>> CurrentAsync(CancellationToken cancellationToken)
    {
        if (Current() is { } fresh)
        {
            return fresh.Listeners;
        }

        await reading.WaitAsync(cancellationToken);
        try
        {
            if (Current() is { } other)
            {
                return other.Listeners;
            }

            var (readAt, asOf) = (clock.GetUtcNow(), Volatile.Read(ref generation));
            var read = new Snapshot(await store.ListAsync(cancellationToken), readAt, asOf);
            snapshot = read;
            return read.Listeners;
        }
        finally
        {
            reading.Release();
        }
    }

    private Snapshot? Current() =>
        snapshot is { } read && read.Generation == Volatile.Read(ref generation) && clock.GetUtcNow() - read.ReadAt < options.Value.ListenerRefresh
            ? read
            : null;

    private sealed record Snapshot(IReadOnlyList<HubListener> Listeners, DateTimeOffset ReadAt, int Generation);
}
