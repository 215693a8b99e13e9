namespace OrderPipeline.Domain.Events;

/// <summary>
/// A TMF v4 event (<c>ProductOrderCreateEvent</c>, <c>CancelServiceOrderStateChangeEvent</c>, …) as a hub listener
/// receives it: <paramref name="Body"/> is the whole envelope, serialized once. The id is derived from what happened,
/// so the same change recorded again (a retried request, a redelivered message) is the same event.
/// </summary>
/// <param name="OrderType">Which API's hub the event belongs to: TMF622 for product orders, TMF641 for service orders.</param>
public sealed record OrderEvent(string EventId, string EventType, DateTimeOffset EventTime, OrderType OrderType, string Body);
