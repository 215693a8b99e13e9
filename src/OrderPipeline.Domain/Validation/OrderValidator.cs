using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Ordering;

namespace OrderPipeline.Domain.Validation;

/// <summary>
/// Validates an order of either type: well-formedness always; business rules when the
/// switch for the order type and intake mode is on.
/// </summary>
public sealed class OrderValidator(IOptionsMonitor<OrderValidationOptions> switches)
{
    public Task<IReadOnlyList<ValidationFailure>> ValidateAsync<TOrder>(TOrder order, IntakeMode mode, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var view = order.View();
        var failures = OrderWellFormedness.Check(order, view);
        // CurrentValue, read per request, is what lets an edited setting apply without a redeploy.
        if (!switches.CurrentValue.IsBusinessValidationOn(TOrder.Names.OrderType, mode))
        {
            return Task.FromResult(failures);
        }

        return Task.FromResult<IReadOnlyList<ValidationFailure>>(
            [.. failures, .. OrderBusinessRules.Check(view, order.RequestedStartDate, order.RequestedCompletionDate)]);
    }
}
