namespace OrderPipeline.Domain.Validation;

/// <summary>
/// The admin switches for business validation, one per order type and intake mode
/// (app settings <c>create_product_order_validation_sync</c>, <c>…_async</c>, and the service-order pair).
/// Well-formedness is checked whatever these say.
/// </summary>
public sealed class OrderValidationOptions
{
    public bool ProductOrderSync { get; set; } = true;
    public bool ProductOrderAsync { get; set; } = true;
    public bool ServiceOrderSync { get; set; } = true;
    public bool ServiceOrderAsync { get; set; } = true;

    public bool IsBusinessValidationOn(OrderType orderType, IntakeMode mode) => (orderType, mode) switch
    {
        (OrderType.Product, IntakeMode.Sync) => ProductOrderSync,
        (OrderType.Product, IntakeMode.Async) => ProductOrderAsync,
        (OrderType.Service, IntakeMode.Sync) => ServiceOrderSync,
        _ => ServiceOrderAsync,
    };
}
