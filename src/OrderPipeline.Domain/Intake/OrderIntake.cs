using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Idempotency;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Telemetry;
using OrderPipeline.Domain.Tmf;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Intake;

/// <summary>Takes in a product or service order: creates it at once (sync) or records it in the inbound queue (async).</summary>
public sealed class OrderIntake(
    OrderValidator validator,
    ICustomerOrderStore orders,
    IStorageLimits limits,
    IInboundEntryStore entries,
    IInboundMessageQueue messages,
    IIdempotencyStore idempotencyKeys,
    HubListeners hub,
    IOptions<IdempotencyOptions> idempotency,
    TimeProvider clock,
    OrderMetrics metrics,
    ILogger<OrderIntake> logger)
{
    /// <param name="order">The order as the client sent it.</param>
    /// <param name="mode">Sync or async.</param>
    /// <param name="source">Who sent it, for the inbound entry.</param>
    /// <param name="idempotencyKey">
    /// The client's <c>Idempotency-Key</c>, if it sent one: a repeat of the request gets the same order id and
    /// acceptance time, so every step below converges on the order the first request created.
    /// </param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<IntakeResult<TOrder>> SubmitAsync<TOrder>(
        TOrder order, IntakeMode mode, string source, string? idempotencyKey, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var orderType = TOrder.Names.OrderType;
        using var span = OrderTelemetry.StartIntake(orderType, mode)?.SetTag(TelemetryTags.ExternalId, order.ExternalId);
        using var scope = logger.BeginOrderScope(null, null, order.ExternalId);
        try
        {
            var result = await TakeInAsync(order, mode, source, idempotencyKey, cancellationToken);
            span?.SetTag(TelemetryTags.OrderId, result.Order?.Id).SetTag(TelemetryTags.Outcome, result.Outcome.ToString());
            if (result.Outcome is IntakeOutcome.Created or IntakeOutcome.Accepted)
            {
                // A repeat under an Idempotency-Key is the order counted the first time, not another one.
                if (!result.Replayed) metrics.Accepted(orderType, mode);
            }
            else
            {
                metrics.Refused(orderType, mode, IntakeRefusals.Reason(result.Outcome));
            }

            return result;
        }
        catch (Exception ex)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name).AddException(ex);
            throw;
        }
    }

    private async Task<IntakeResult<TOrder>> TakeInAsync<TOrder>(
        TOrder order, IntakeMode mode, string source, string? idempotencyKey, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var failures = await validator.ValidateAsync(order, mode, cancellationToken);
        if (failures.Count > 0)
        {
            return IntakeResult<TOrder>.Invalid(failures);
        }

        // The order as stored (async) and as fingerprinted (under a key), serialized once; a plain sync order needs neither.
        string? serialized = null;
        string Payload() => serialized ??= Serialize(order);
        var orderType = TOrder.Names.OrderType;
        var id = OrderIds.New();
        var now = TmfDate.TrimToMilliseconds(clock.GetUtcNow());
        // Refused now, sync and async alike, rather than accepted and then failing on every attempt to store it.
        var customerOrder = mode == IntakeMode.Sync ? CustomerOrderFactory.From(OrderResource.Acknowledge(order, id, now), now) : null;
        var tooLarge = customerOrder is not null ? limits.WhyTooLarge(customerOrder)
            : Payload().Length > IStorageLimits.SmallOrderChars ? WhyTooLargeToStore(order, id, now)
            : null;
        if (tooLarge is not null)
        {
            return IntakeResult<TOrder>.TooLarge(tooLarge);
        }

        var replayed = false;
        if (idempotencyKey is not null)
        {
            var request = new IdempotentRequest(
                idempotencyKey, orderType, RequestFingerprint.Of(mode, Payload()), id, now, now + idempotency.Value.Retention);
            var holder = await idempotencyKeys.ClaimAsync(request, cancellationToken);
            if (holder.Fingerprint != request.Fingerprint)
            {
                return IntakeResult<TOrder>.KeyReused();
            }

            replayed = holder.OrderId != id;
            (id, now) = (holder.OrderId, holder.AcceptedAt);
        }

        // An async order's id is also its inbound entry's id.
        using var idScope = logger.BeginOrderScope(id, mode == IntakeMode.Async ? id : null, order.ExternalId);
        var acknowledged = OrderResource.Acknowledge(order, id, now);
        if (mode == IntakeMode.Sync)
        {
            if (replayed && await orders.FindAsync(orderType, id, cancellationToken) is { } stored)
            {
                return IntakeResult<TOrder>.Created(stored.To<TOrder>(), replayed);
            }

            // A repeat that finds no order yet (the first request is still writing, or died) writes the same rows.
            var toSave = replayed ? CustomerOrderFactory.From(acknowledged, now) : customerOrder!;
            var summary = new OrderSummary(orderType, id, order.ExternalId, OrderStates.Acknowledged, now);
            var events = await hub.RouteAsync(() => [OrderEvents.Created(summary, now)], cancellationToken);
            using (OrderTelemetry.StartSave(id, toSave.Lines.Count))
            {
                await orders.SaveAsync(toSave, events, cancellationToken);
            }

            return IntakeResult<TOrder>.Created(acknowledged, replayed);
        }

        var entry = InboundEntry.Accept(id, orderType, order.ExternalId, source, now);
        if (await entries.AddAsync(entry, Payload(), cancellationToken))
        {
            metrics.MovedTo(orderType, InboundState.New);
            // If the process dies here the entry has no message; the sweeper takes it after the grace period.
            using (OrderTelemetry.StartEnqueue(id))
            {
                await messages.EnqueueAsync(entry, Payload(), cancellationToken);
            }
        }

        return IntakeResult<TOrder>.Accepted(acknowledged, replayed);
    }

    // An async order is measured row by row, each row built and dropped in turn: a large one is not held twice over
    // (as the order and as its rows) while it waits to be stored.
    private string? WhyTooLargeToStore<TOrder>(TOrder order, string id, DateTimeOffset now)
        where TOrder : class, ITmfOrder<TOrder> =>
        limits.WhyTooLarge(CustomerOrderFactory.ToMeasure(OrderResource.Acknowledge(order, id, now), now));

    // Written through a stream, which the serializer fills a small borrowed buffer at a time; serialized straight to a
    // string it would borrow a buffer as large as the order from the shared pool, which keeps it after the request.
    private static string Serialize<TOrder>(TOrder order)
        where TOrder : class, ITmfOrder<TOrder>
    {
        using var utf8 = new MemoryStream();
        JsonSerializer.Serialize(utf8, order, TOrder.JsonTypeInfo);
        return Encoding.UTF8.GetString(utf8.GetBuffer(), 0, (int)utf8.Length);
    }
}
