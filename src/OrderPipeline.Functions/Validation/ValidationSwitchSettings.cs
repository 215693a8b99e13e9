using OrderPipeline.Domain;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Functions.Validation;

/// <summary>
/// The app settings behind the four business-validation switches: flat names, as ServiceNow names its system
/// properties, read at composition and shown (read-only) by <c>GET /manage/validationSwitches</c>.
/// </summary>
internal static class ValidationSwitchSettings
{
    public static IReadOnlyList<(OrderType OrderType, IntakeMode Mode, string Setting)> All { get; } =
    [
        (OrderType.Product, IntakeMode.Sync, "create_product_order_validation_sync"),
        (OrderType.Product, IntakeMode.Async, "create_product_order_validation_async"),
        (OrderType.Service, IntakeMode.Sync, "create_service_order_validation_sync"),
        (OrderType.Service, IntakeMode.Async, "create_service_order_validation_async"),
    ];

    public static string For(OrderType orderType, IntakeMode mode) =>
        All.Single(entry => entry.OrderType == orderType && entry.Mode == mode).Setting;
}
