using OrderPipeline.Domain;
using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Where an entry's rows live. An entry, its payload row and its state-index row share a partition so they change
/// in one transaction. Entries are spread over 16 partitions by the time in their id, in 50 ms turns: entries
/// accepted at the same moment share a partition, so their intake is written in one transaction (group commit),
/// while over time the load moves through every partition.
/// </summary>
internal static class InboundKeys
{
    public const int PartitionCount = 16;
    private const long TurnMilliseconds = 50;

    public static IEnumerable<string> AllPartitions => Enumerable.Range(0, PartitionCount).Select(i => $"p{i:x}");

    public static string Partition(string entryId)
    {
        if (OrderIds.TryGetMilliseconds(entryId, out var milliseconds))
        {
            return $"p{milliseconds / TurnMilliseconds % PartitionCount:x}";
        }

        // Not an id of ours (it will not be found): FNV-1a, stable across processes and runtimes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in entryId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return $"p{hash % PartitionCount:x}";
    }

    public static string Entry(string entryId) => $"entry|{entryId}";

    public static string Payload(string entryId) => $"payload|{entryId}";

    public static string Index(InboundState state, string entryId) => $"{IndexPrefix(state)}{entryId}";

    public static string IndexPrefix(InboundState state) => $"index|{state}|";

    public const string AnyIndexPrefix = "index|";

    public static (InboundState State, string EntryId) ParseIndex(string rowKey)
    {
        var parts = rowKey.Split('|');
        return (Enum.Parse<InboundState>(parts[1]), parts[2]);
    }
}
