using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Where an entry's rows live. Entries are spread over 16 partitions by a hash of the id, for throughput;
/// an entry, its payload row and its state-index row share a partition so they change in one transaction.
/// </summary>
internal static class InboundKeys
{
    public const int PartitionCount = 16;

    public static IEnumerable<string> AllPartitions => Enumerable.Range(0, PartitionCount).Select(i => $"p{i:x}");

    public static string Partition(string entryId)
    {
        // FNV-1a: stable across processes and runtimes, unlike string.GetHashCode.
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
