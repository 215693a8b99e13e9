namespace OrderPipeline.Domain.ReferenceData;

/// <summary>The ids of each kind of reference data one validation needs.</summary>
public sealed class ReferenceQuery
{
    private readonly Dictionary<ReferenceKind, HashSet<string>> ids = [];

    public IReadOnlyDictionary<ReferenceKind, HashSet<string>> Ids => ids;

    public ReferenceQuery Add(ReferenceKind kind, string? id)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            if (!ids.TryGetValue(kind, out var set)) ids[kind] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(id);
        }

        return this;
    }

    public bool IsEmpty => ids.Values.All(set => set.Count == 0);
}
