using OrderPipeline.Domain.ProductOrders;

namespace OrderPipeline.Domain.Ordering;

/// <summary>Where customer orders are kept.</summary>
public interface ICustomerOrderStore
{
    /// <summary>
    /// Writes the order with deterministic keys, so writing the same order again changes nothing and a write
    /// cut off half-way is completed by the next one. The order becomes visible only once it is whole.
    /// </summary>
    Task SaveAsync(CustomerOrder order, CancellationToken cancellationToken);

    /// <summary>The product order as created, or null when no order with this id has been created.</summary>
    Task<ProductOrder?> FindProductOrderAsync(string id, CancellationToken cancellationToken);

    /// <summary>Created product orders matching the query, in creation order.</summary>
    Task<OrderPage<ProductOrder>> ListProductOrdersAsync(OrderQuery query, CancellationToken cancellationToken);
}
