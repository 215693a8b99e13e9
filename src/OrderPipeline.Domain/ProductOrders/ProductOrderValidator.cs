using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>Validates a product order: well-formedness always, business rules when the switch for the intake mode is on.</summary>
public sealed class ProductOrderValidator(IOptionsMonitor<OrderValidationOptions> switches)
{
    public IReadOnlyList<ValidationFailure> Validate(ProductOrder order, IntakeMode mode)
    {
        var failures = ProductOrderWellFormedness.Check(order);
        // CurrentValue, read per request, is what lets an edited setting apply without a redeploy.
        if (!switches.CurrentValue.IsBusinessValidationOn(OrderType.Product, mode))
        {
            return failures;
        }

        return [.. failures, .. ProductOrderBusinessRules.Check(order)];
    }
}
