using OrderPipeline.Domain;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Where an entry's row lives. Entries are spread over 16 partitions by the time in their id, in 50 ms turns: in each
/// turn, entries go to <c>partitionsAtOnce</c> neighbouring partitions (by the last byte of their random part), so
/// entries accepted at the same moment share a few partitions and their intake is written in a few transactions (group
/// commit), while over time the load moves through every partition. Each partition also holds one sweep mark row.
/// </summary>
internal static class InboundKeys
{
    public const int PartitionCount = 16;
    private const long TurnMilliseconds = 50;

    /// <summary>The values <c>InboundQueue__PartitionsAtOnce</c> may take: the divisors of the partition count.</summary>
    public static readonly IReadOnlyList<int> PartitionsAtOnceValues = [1, 2, 4, 8, 16];

    public const string EntryPrefix = "entry|";

    /// <summary>The row that tells the sweeper from where on a partition can hold entries that are not finished.</summary>
    public const string SweepMark = "sweep|mark";

    public static IEnumerable<string> AllPartitions => Enumerable.Range(0, PartitionCount).Select(Name);

    public static string Partition(string entryId, int partitionsAtOnce)
    {
        if (OrderIds.TryGetMilliseconds(entryId, out var milliseconds))
        {
            var lane = partitionsAtOnce == 1 ? 0 : Convert.ToInt32(entryId[^2..], 16) % partitionsAtOnce;
            return Name((int)((milliseconds / TurnMilliseconds * partitionsAtOnce + lane) % PartitionCount));
        }

        // Not an id of ours (it will not be found): FNV-1a, stable across processes and runtimes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in entryId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Name((int)(hash % PartitionCount));
    }

    /// <summary>
    /// Every partition the entry can be in: the one the current setting gives first, then those the other settings give,
    /// so that an entry accepted before the setting changed is still found.
    /// </summary>
    public static IEnumerable<string> Candidates(string entryId, int partitionsAtOnce) =>
        new[] { partitionsAtOnce }.Concat(PartitionsAtOnceValues).Select(count => Partition(entryId, count)).Distinct();

    public static string Entry(string entryId) => EntryPrefix + entryId;

    public static string EntryId(string rowKey) => rowKey[EntryPrefix.Length..];

    /// <summary>The row key below every entry accepted at <paramref name="time"/> or later (ids begin with their time).</summary>
    public static string EntryAt(DateTimeOffset time) => EntryPrefix + OrderIds.LowestAt(time);

    private static string Name(int index) => $"p{index:x}";
}
