using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>Undelivered events in memory, keyed by listener and event as the table keys them.</summary>
internal sealed class InMemoryUndeliveredEvents : IUndeliveredEvents
{
    private readonly Dictionary<(string, string), UndeliveredEvent> recorded = [];

    public IReadOnlyList<UndeliveredEvent> All => [.. recorded.Values];

    public Task RecordAsync(UndeliveredEvent undelivered, CancellationToken cancellationToken)
    {
        recorded[(undelivered.ListenerId, undelivered.Event.EventId)] = undelivered;
        return Task.CompletedTask;
    }

    public Task<UndeliveredEventPage> ListAsync(int offset, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(new UndeliveredEventPage([.. recorded.Values.OrderByDescending(e => e.UndeliveredAt).Skip(offset).Take(limit)], recorded.Count));
}
