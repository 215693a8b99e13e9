namespace OrderPipeline.Domain.InboundQueue;

/// <summary>
/// The order stored with an entry is missing or cannot be read. Retrying will not bring it back,
/// so the processor records this as the entry's error instead of letting the trigger retry.
/// </summary>
public sealed class InboundPayloadUnavailableException(string entryId, string problem, Exception? inner = null)
    : Exception($"The payload of inbound entry {entryId} is unavailable: {problem}", inner);
