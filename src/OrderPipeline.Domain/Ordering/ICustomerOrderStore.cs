namespace OrderPipeline.Domain.Ordering;

/// <summary>Where customer orders are kept.</summary>
public interface ICustomerOrderStore
{
    /// <summary>
    /// Writes the order with deterministic keys, so writing the same order again changes nothing and a write
    /// cut off half-way is completed by the next one. The order becomes visible only once it is whole.
    /// </summary>
    Task SaveAsync(CustomerOrder order, CancellationToken cancellationToken);

    /// <summary>The order of this type as created, or null when no such order has been created.</summary>
    Task<StoredOrder?> FindAsync(OrderType orderType, string id, CancellationToken cancellationToken);

    /// <summary>Created orders of this type matching the query, in creation order.</summary>
    Task<OrderPage<StoredOrder>> ListAsync(OrderType orderType, OrderQuery query, CancellationToken cancellationToken);
}
