namespace OrderPipeline.Functions.Events;

/// <summary>A registered hub listener as TMF answers it (EventSubscription).</summary>
public sealed record EventSubscription(string Id, string Callback, string? Query);
