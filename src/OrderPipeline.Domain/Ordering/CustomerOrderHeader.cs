namespace OrderPipeline.Domain.Ordering;

/// <summary>A created order's header as read for a change: its state and resource (without items), and the version read.</summary>
public sealed record CustomerOrderHeader(
    string Id, OrderType OrderType, string State, string? ExternalId, DateTimeOffset OrderDate, string HeaderJson, string Version);
