using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.Ordering;

/// <summary>Where customer orders are kept.</summary>
public interface ICustomerOrderStore
{
    /// <summary>
    /// Writes the order with deterministic keys, so writing the same order again changes nothing and a write
    /// cut off half-way is completed by the next one. The order becomes visible only once it is whole.
    /// </summary>
    Task SaveAsync(CustomerOrder order, CancellationToken cancellationToken) => SaveAsync(order, [], cancellationToken);

    /// <summary>As <see cref="SaveAsync(CustomerOrder, CancellationToken)"/>, recording <paramref name="events"/> with the header that makes the order visible.</summary>
    Task SaveAsync(CustomerOrder order, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken);

    /// <summary>The created order's header, to change it; null when no such order has been created.</summary>
    Task<CustomerOrderHeader?> FindHeaderAsync(OrderType orderType, string id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the header's new state and resource with <paramref name="events"/>, in one transaction, if nobody changed the
    /// header since it was read. Returns false when someone did.
    /// </summary>
    Task<bool> TryUpdateHeaderAsync(CustomerOrderHeader header, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken);

    /// <summary>The order of this type as created, or null when no such order has been created.</summary>
    Task<StoredOrder?> FindAsync(OrderType orderType, string id, CancellationToken cancellationToken);

    /// <summary>Created orders of this type matching the query, in creation order.</summary>
    Task<OrderPage<StoredOrder>> ListAsync(OrderType orderType, OrderQuery query, CancellationToken cancellationToken);
}
