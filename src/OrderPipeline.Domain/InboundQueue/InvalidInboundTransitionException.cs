namespace OrderPipeline.Domain.InboundQueue;

/// <summary>A state change the inbound state model does not allow, such as retrying an entry that is not in Error.</summary>
public sealed class InvalidInboundTransitionException(string entryId, InboundState from, InboundState to)
    : InvalidOperationException($"Inbound entry {entryId} is {from} and cannot move to {to}.")
{
    public InboundState From { get; } = from;
}
