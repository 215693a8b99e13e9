namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// The queue message for one inbound entry: a pointer, never the order (a message holds 64 KiB, an order can be megabytes).
/// The entry's partition follows from its id.
/// </summary>
public sealed record InboundMessage(string Id);
