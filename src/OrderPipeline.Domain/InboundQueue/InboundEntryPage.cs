namespace OrderPipeline.Domain.InboundQueue;

/// <summary>One page of entries and how many match in all.</summary>
public sealed record InboundEntryPage(IReadOnlyList<InboundEntry> Entries, int TotalCount);
