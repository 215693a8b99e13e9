using OrderPipeline.Domain.ProductOrders;

namespace OrderPipeline.Domain.Ordering;

/// <summary>
/// The order as the provider keeps it: a header and one line per order item.
/// <see cref="Resource"/> is the TMF resource it was created from, answered back to clients unchanged.
/// </summary>
public sealed record CustomerOrder(
    string Id,
    OrderType OrderType,
    string State,
    DateTimeOffset OrderDate,
    string? ExternalId,
    string? CustomerId,
    ProductOrder Resource,
    IReadOnlyList<CustomerOrderLine> Lines);
