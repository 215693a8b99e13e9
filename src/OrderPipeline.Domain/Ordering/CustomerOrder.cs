namespace OrderPipeline.Domain.Ordering;

/// <summary>
/// The order as the provider keeps it: a header and one line per order item. <see cref="HeaderJson"/> is the
/// TMF resource it was created from without its items (each line keeps its own), answered back to clients unchanged.
/// </summary>
public sealed record CustomerOrder(
    string Id,
    OrderType OrderType,
    string State,
    DateTimeOffset OrderDate,
    string? ExternalId,
    string? CustomerId,
    string HeaderJson,
    IReadOnlyList<CustomerOrderLine> Lines);
