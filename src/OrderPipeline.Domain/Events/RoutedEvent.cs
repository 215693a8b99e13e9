namespace OrderPipeline.Domain.Events;

/// <summary>An event with the listeners whose query it matches; an event no listener wants is not recorded at all.</summary>
public sealed record RoutedEvent(OrderEvent Event, IReadOnlyList<EventRecipient> Recipients);
