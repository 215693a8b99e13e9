using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Validation.Catalog;
using OrderPipeline.Domain.Validation.WellFormedness;

namespace OrderPipeline.Domain.Validation;

/// <summary>
/// Validates an order of either type: well-formedness always; business rules, the catalog's included, when the
/// switch for the order type and intake mode is on.
/// </summary>
public sealed class OrderValidator(IOptionsMonitor<OrderValidationOptions> switches, CatalogValidation catalog)
{
    public async Task<IReadOnlyList<ValidationFailure>> ValidateAsync<TOrder>(TOrder order, IntakeMode mode, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var view = order.View();
        var failures = OrderWellFormednessValidator<TOrder>.Instance.Validate(new SentOrder<TOrder>(order, view)).ToFailures();
        // CurrentValue, read per request, is what lets an edited setting apply without a redeploy.
        if (!switches.CurrentValue.IsBusinessValidationOn(TOrder.Names.OrderType, mode))
        {
            return failures;
        }

        // A malformed order is not looked up in the catalog: its items cannot be told apart reliably (duplicate
        // ids, dangling relationships), and refusing it costs no storage reads.
        var rules = OrderBusinessRules.Check(view, order.RequestedStartDate, order.RequestedCompletionDate);
        return failures.Count > 0
            ? [.. failures, .. rules]
            : [.. rules, .. await catalog.CheckAsync(view, cancellationToken)];
    }
}
