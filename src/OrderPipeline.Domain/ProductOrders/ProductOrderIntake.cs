using System.Text.Json;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Idempotency;
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
    IIdempotencyStore idempotencyKeys,
    IOptions<IdempotencyOptions> idempotency,
    TimeProvider clock)
{
    /// <param name="idempotencyKey">
    /// The client's <c>Idempotency-Key</c>, if it sent one: a repeat of the request gets the same order id and
    /// acceptance time, so every step below converges on the order the first request created.
    /// </param>
    public async Task<IntakeResult> SubmitAsync(
        ProductOrder order, IntakeMode mode, string source, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var failures = validator.Validate(order, mode);
        if (failures.Count > 0)
        {
            return IntakeResult.Invalid(failures);
        }

        // The order as stored (async) and as fingerprinted (under a key), serialized once; a plain sync order needs neither.
        string? serialized = null;
        string Payload() => serialized ??= JsonSerializer.Serialize(order, TmfJsonContext.Default.ProductOrder);
        var id = OrderIds.New();
        var now = TmfDate.TrimToMilliseconds(clock.GetUtcNow());
        var replayed = false;
        if (idempotencyKey is not null)
        {
            var request = new IdempotentRequest(
                idempotencyKey, OrderType.Product, RequestFingerprint.Of(mode, Payload()), id, now, now + idempotency.Value.Retention);
            var holder = await idempotencyKeys.ClaimAsync(request, cancellationToken);
            if (holder.Fingerprint != request.Fingerprint)
            {
                return IntakeResult.KeyReused();
            }

            replayed = holder.OrderId != id;
            (id, now) = (holder.OrderId, holder.AcceptedAt);
        }

        var acknowledged = ProductOrderResource.Acknowledge(order, id, now);
        if (mode == IntakeMode.Sync)
        {
            if (replayed && await orders.FindProductOrderAsync(id, cancellationToken) is { } created)
            {
                return IntakeResult.Created(created, replayed);
            }

            // A repeat that finds no order yet (the first request is still writing, or died) writes the same rows.
            await orders.SaveAsync(CustomerOrderFactory.FromProductOrder(acknowledged, now), cancellationToken);
            return IntakeResult.Created(acknowledged, replayed);
        }

        var entry = InboundEntry.Accept(id, OrderType.Product, order.ExternalId, source, now);
        if (await entries.AddAsync(entry, Payload(), cancellationToken))
        {
            // If the process dies here the entry has no message; the sweeper takes it after the grace period.
            await messages.EnqueueAsync(id, cancellationToken);
        }

        return IntakeResult.Accepted(acknowledged, replayed);
    }
}
