namespace OrderPipeline.Functions.InboundQueue;

/// <summary>One step of an entry's history as the admin API shows it.</summary>
public sealed record InboundTransitionView(string State, string At, string? Reason);
