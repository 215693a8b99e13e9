namespace OrderPipeline.Domain.InboundQueue;

/// <summary>
/// One entry a queue message names. <see cref="AsAccepted"/> is the entry exactly as intake stored it (with its version),
/// when the message could carry it and its order: then a first delivery claims it without reading it first. Should the
/// entry have moved meanwhile, the claim's version check fails and the processor reads it as usual.
/// </summary>
public sealed record InboundDelivery(string EntryId, InboundEntry? AsAccepted = null, string? TraceParent = null);
