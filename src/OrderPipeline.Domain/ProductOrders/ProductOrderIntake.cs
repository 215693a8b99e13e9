using System.Text.Json;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>Takes in a product order: creates it at once (sync) or records it in the inbound queue (async).</summary>
public sealed class ProductOrderIntake(
    ProductOrderValidator validator,
    ICustomerOrderStore orders,
    IInboundEntryStore entries,
    IInboundMessageQueue messages,
    TimeProvider clock)
{
    public async Task<IntakeResult> SubmitAsync(ProductOrder order, IntakeMode mode, string source, CancellationToken cancellationToken)
    {
        var failures = validator.Validate(order, mode);
        if (failures.Count > 0)
        {
            return IntakeResult.Invalid(failures);
        }

        var id = OrderIds.New();
        var now = TmfDate.TrimToMilliseconds(clock.GetUtcNow());
        if (mode == IntakeMode.Sync)
        {
            var created = ProductOrderResource.Acknowledge(order, id, now);
            await orders.SaveAsync(CustomerOrderFactory.FromProductOrder(created, now), cancellationToken);
            return IntakeResult.Created(created);
        }

        var entry = InboundEntry.Accept(id, OrderType.Product, order.ExternalId, source, now);
        await entries.AddAsync(entry, JsonSerializer.Serialize(order, TmfJsonContext.Default.ProductOrder), cancellationToken);
        // If the process dies here the entry has no message; the sweeper takes it after the grace period.
        await messages.EnqueueAsync(id, cancellationToken);
        return IntakeResult.Accepted(ProductOrderResource.Acknowledge(order, id, now));
    }
}
