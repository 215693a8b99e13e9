namespace OrderPipeline.Functions.Events;

/// <summary>A hub registration as TMF takes it (EventSubscriptionInput): where to post events, and which.</summary>
public sealed record EventSubscriptionInput(string? Callback, string? Query);
