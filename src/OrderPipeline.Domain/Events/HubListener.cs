namespace OrderPipeline.Domain.Events;

/// <summary>A listener registered on one API's hub: events of that API matching its query are posted to its callback.</summary>
/// <param name="Query">As the client registered it; null or empty for every event of the API.</param>
public sealed record HubListener(string Id, OrderType OrderType, string Callback, string? Query, DateTimeOffset CreatedAt)
{
    private readonly IReadOnlySet<string>? eventTypes = HubQuery.TryParse(Query, OrderType, out var types, out _) ? types : new HashSet<string>();

    public bool Wants(OrderEvent orderEvent) =>
        orderEvent.OrderType == OrderType && (eventTypes is null || eventTypes.Contains(orderEvent.EventType));
}
