namespace OrderPipeline.Domain.Events;

/// <summary>A hub listener an event is to be delivered to, as registered when the event was recorded.</summary>
public sealed record EventRecipient(string ListenerId, string Callback);
