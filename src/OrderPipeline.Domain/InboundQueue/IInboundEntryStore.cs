using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.InboundQueue;

/// <summary>Where inbound entries and the orders submitted with them are kept.</summary>
public interface IInboundEntryStore
{
    /// <summary>
    /// Records a new entry with its submitted order (JSON). The entry is visible to the sweeper from then on.
    /// Returns false, changing nothing, when an entry with this id exists already (a repeated request).
    /// </summary>
    Task<bool> AddAsync(InboundEntry entry, string payload, CancellationToken cancellationToken);

    Task<InboundEntry?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The submitted order as JSON.</summary>
    /// <exception cref="InboundPayloadUnavailableException">The payload is missing or unreadable.</exception>
    Task<string> ReadPayloadAsync(InboundEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the entry's new state if nobody changed it since it was read (an ETag-conditional update).
    /// Returns false when someone else did; the caller re-reads and decides.
    /// </summary>
    Task<bool> TryUpdateAsync(InboundEntry entry, CancellationToken cancellationToken) => TryUpdateAsync(entry, [], cancellationToken);

    /// <summary>As <see cref="TryUpdateAsync(InboundEntry, CancellationToken)"/>, recording <paramref name="events"/> in the same transaction.</summary>
    Task<bool> TryUpdateAsync(InboundEntry entry, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken);

    /// <summary>Entries in one state (or all states when null), oldest first, or newest first when <paramref name="newestFirst"/>.</summary>
    Task<InboundEntryPage> ListAsync(InboundState? state, int offset, int limit, bool newestFirst, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<InboundState, int>> CountByStateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Ids of entries the sweeper should take: New since before <paramref name="newBefore"/> (their message may be lost)
    /// and InProgress with a lease that ended before <paramref name="now"/>.
    /// </summary>
    Task<IReadOnlyList<string>> FindStalledAsync(DateTimeOffset newBefore, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Deletes the entries that have been Done or Cancelled since before <paramref name="doneBefore"/>; returns how many.</summary>
    Task<int> PurgeDoneAsync(DateTimeOffset doneBefore, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes an entry in Error, with its payload, if nobody moved it since it was read.
    /// Returns null when there is no such entry, false when it is not in Error (or was moved meanwhile).
    /// </summary>
    Task<bool?> TryDeleteFailedAsync(string id, CancellationToken cancellationToken);
}
