namespace OrderPipeline.Domain.InboundQueue;

/// <summary>
/// Where an inbound entry is: New → InProgress → Done or Error; Error → New only by an admin retry; New or Error →
/// Cancelled when the client cancels the order before it is created. Done and Cancelled are final.
/// </summary>
public enum InboundState
{
    New,
    InProgress,
    Done,
    Error,
    Cancelled,
}
