namespace OrderPipeline.Domain.InboundQueue;

/// <summary>Where an inbound entry is: New → InProgress → Done or Error; Error → New only by an admin retry.</summary>
public enum InboundState
{
    New,
    InProgress,
    Done,
    Error,
}
