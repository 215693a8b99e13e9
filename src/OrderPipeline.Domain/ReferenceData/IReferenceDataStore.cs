namespace OrderPipeline.Domain.ReferenceData;

/// <summary>Where reference data is kept, by kind and id.</summary>
public interface IReferenceDataStore
{
    /// <summary>
    /// Writes every record of <paramref name="set"/>, replacing a record of the same kind and id; records not in the set
    /// are left as they are. Writing the same set again changes nothing. Returns how many records of each kind were written.
    /// </summary>
    Task<IReadOnlyDictionary<ReferenceKind, int>> UpsertAsync(ReferenceDataSet set, CancellationToken cancellationToken);

    /// <summary>Every record the query names that exists; an id that cannot name a record is simply not found.</summary>
    Task<ReferenceSnapshot> ReadAsync(ReferenceQuery query, CancellationToken cancellationToken);

    /// <summary>How many records of each kind are stored, every kind present (0 for none). Reads every key: for an admin, not a hot path.</summary>
    Task<IReadOnlyDictionary<ReferenceKind, int>> CountAsync(CancellationToken cancellationToken);
}
