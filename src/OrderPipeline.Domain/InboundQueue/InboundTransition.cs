namespace OrderPipeline.Domain.InboundQueue;

/// <summary>One step in an entry's history: the state it entered, when, and why where there is a reason.</summary>
public sealed record InboundTransition(InboundState State, DateTimeOffset At, string? Reason = null);
