namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// One entry in a queue message: its id, and for an entry just accepted with a small order, the entry as stored — its
/// version (ETag), order type, external id, source, time of acceptance — and the order (JSON), so that the processor
/// can claim it with that version without reading it. <c>traceParent</c>, present while the app is traced, is the W3C
/// <c>traceparent</c> of the entry's intake, so that processing continues the order's own trace.
/// </summary>
public sealed record InboundMessageEntry(
    string Id,
    string? Version = null,
    string? OrderType = null,
    string? ExternalId = null,
    string? Source = null,
    DateTimeOffset? AcceptedAt = null,
    string? Order = null,
    string? TraceParent = null);
