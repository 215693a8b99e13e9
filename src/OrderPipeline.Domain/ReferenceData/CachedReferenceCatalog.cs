using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OrderPipeline.Domain.ReferenceData;

/// <summary>
/// The reference catalog validation reads, in front of the store: each (kind, id) read is kept for
/// <see cref="ReferenceDataOptions.CacheExpiry"/>, a record that does not exist as well as one that does, and only the ids
/// not freshly kept go to the store. A record changed in the store is seen here once its entry has expired, on every
/// instance alike; loading a document does not bypass that.
/// </summary>
public sealed class CachedReferenceCatalog(IReferenceDataStore store, IOptions<ReferenceDataOptions> options, TimeProvider clock) : IReferenceCatalog
{
    private readonly ConcurrentDictionary<(ReferenceKind Kind, string Id), Entry> entries = new();
    private readonly Lock trimming = new();

    public async Task<ReferenceSnapshot> ReadAsync(ReferenceQuery query, CancellationToken cancellationToken)
    {
        // Taken before the store is read, so an entry never outlives the expiry counted from what the store could have held.
        var now = clock.GetUtcNow();
        var snapshot = new ReferenceSnapshotBuilder();
        var missing = new ReferenceQuery();
        foreach (var (kind, ids) in query.Ids)
        {
            foreach (var id in ids)
            {
                if (entries.TryGetValue((kind, id), out var entry) && entry.ExpiresAt > now) snapshot.Add(kind, entry.Record);
                else missing.Add(kind, id);
            }
        }

        if (missing.IsEmpty)
        {
            return snapshot.Build();
        }

        var read = await store.ReadAsync(missing, cancellationToken);
        var expiresAt = now + options.Value.CacheExpiry;
        foreach (var (kind, ids) in missing.Ids)
        {
            foreach (var id in ids)
            {
                var record = ReferenceSnapshotBuilder.Find(read, kind, id);
                entries[(kind, id)] = new Entry(record, expiresAt);
                snapshot.Add(kind, record);
            }
        }

        TrimToCapacity(now);
        return snapshot.Build();
    }

    /// <summary>Above the cap, drops the expired entries, then those expiring first, down to three quarters of the cap.</summary>
    private void TrimToCapacity(DateTimeOffset now)
    {
        var cap = options.Value.MaxCachedEntries;
        if (entries.Count <= cap || !trimming.TryEnter())
        {
            return;
        }

        try
        {
            var byExpiry = entries.ToArray().OrderBy(pair => pair.Value.ExpiresAt).ToList();
            var excess = byExpiry.Count - cap * 3 / 4;
            foreach (var (key, entry) in byExpiry.TakeWhile((pair, index) => index < excess || pair.Value.ExpiresAt <= now))
            {
                entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }
        finally
        {
            trimming.Exit();
        }
    }

    /// <param name="Record">The record, or null: it does not exist.</param>
    private sealed record Entry(object? Record, DateTimeOffset ExpiresAt);
}
