using OrderPipeline.Domain.Telemetry;

namespace OrderPipeline.Domain.InboundQueue;

/// <summary>What an admin watching the inbound queue can see and do.</summary>
public sealed class InboundQueueAdmin(IInboundEntryStore entries, IInboundMessageQueue messages, TimeProvider clock, OrderMetrics metrics)
{
    public Task<InboundEntryPage> ListAsync(InboundState? state, int offset, int limit, bool newestFirst, CancellationToken cancellationToken) =>
        entries.ListAsync(state, offset, limit, newestFirst, cancellationToken);

    public async Task<IReadOnlyDictionary<InboundState, int>> SummarizeAsync(CancellationToken cancellationToken)
    {
        var counts = await entries.CountByStateAsync(cancellationToken);
        return Enum.GetValues<InboundState>().ToDictionary(state => state, state => counts.GetValueOrDefault(state));
    }

    public Task<InboundEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        OrderIds.IsWellFormed(id) ? entries.FindAsync(id, cancellationToken) : Task.FromResult<InboundEntry?>(null);

    /// <summary>Deletes an entry in Error, for good: its order is not created.</summary>
    /// <returns>Null when there is no such entry; false when it is not in Error.</returns>
    public Task<bool?> DeleteFailedAsync(string id, CancellationToken cancellationToken) =>
        OrderIds.IsWellFormed(id) ? entries.TryDeleteFailedAsync(id, cancellationToken) : Task.FromResult<bool?>(null);

    /// <summary>Puts an Error entry back to New and queues it again.</summary>
    /// <returns>The entry as it is now, or null when there is no such entry.</returns>
    /// <exception cref="InvalidInboundTransitionException">The entry is not in Error (also when someone moved it meanwhile).</exception>
    public async Task<InboundEntry?> RetryAsync(string id, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var from = entry.State;
        entry.Retry(clock.GetUtcNow());
        if (!await entries.TryUpdateAsync(entry, cancellationToken))
        {
            throw new InvalidInboundTransitionException(id, from, InboundState.New);
        }

        metrics.MovedTo(entry.OrderType, InboundState.New);
        // Should this enqueue be lost, the entry is New without a message, which the sweeper picks up.
        using (OrderTelemetry.StartEnqueue(id))
        {
            await messages.EnqueueAsync(id, cancellationToken);
        }

        return entry;
    }
}
