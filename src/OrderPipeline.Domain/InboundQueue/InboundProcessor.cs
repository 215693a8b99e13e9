using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Telemetry;

namespace OrderPipeline.Domain.InboundQueue;

/// <summary>
/// Moves one inbound entry New → InProgress → Done, creating its customer order, or to Error with the reason.
/// Safe to run twice for the same entry at once: claims are ETag-conditional and the order write is idempotent.
/// </summary>
public sealed partial class InboundProcessor(
    IInboundEntryStore entries,
    ICustomerOrderStore orders,
    HubListeners hub,
    IOptions<InboundQueueOptions> options,
    TimeProvider clock,
    OrderMetrics metrics,
    ILogger<InboundProcessor> logger)
{
    private readonly SemaphoreSlim inFlight = new(options.Value.MaxInFlight);

    /// <param name="entryId">The entry to process.</param>
    /// <param name="deliveryCount">How often the trigger has delivered this request (the queue message's dequeue count); 1 for a sweep.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened, for the caller's log.</returns>
    /// <exception cref="Exception">Transient faults escape, so the trigger retries.</exception>
    public Task<ProcessOutcome> ProcessAsync(string entryId, int deliveryCount, CancellationToken cancellationToken) =>
        ProcessAsync(new InboundDelivery(entryId), deliveryCount, cancellationToken);

    /// <param name="delivery">The entry to process, perhaps as accepted, with the trace context its message brought (none for a sweep).</param>
    /// <param name="deliveryCount">How often the trigger has delivered this request (the queue message's dequeue count); 1 for a sweep.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened, for the caller's log.</returns>
    /// <exception cref="Exception">Transient faults escape, so the trigger retries.</exception>
    public async Task<ProcessOutcome> ProcessAsync(InboundDelivery delivery, int deliveryCount, CancellationToken cancellationToken)
    {
        var entryId = delivery.EntryId;
        using var span = OrderTelemetry.StartProcessing(entryId, delivery.TraceParent)?.SetTag("messaging.message.delivery_count", deliveryCount);
        using var scope = logger.BeginOrderScope(entryId, entryId, null);
        try
        {
            var outcome = await ProcessEntryAsync(delivery, deliveryCount, cancellationToken);
            span?.SetTag(TelemetryTags.Outcome, outcome.ToString());
            return outcome;
        }
        catch (Exception ex)
        {
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name).AddException(ex);
            throw;
        }
    }

    private async Task<ProcessOutcome> ProcessEntryAsync(InboundDelivery delivery, int deliveryCount, CancellationToken cancellationToken)
    {
        await inFlight.WaitAsync(cancellationToken);
        try
        {
            return await ProcessOneAsync(delivery, deliveryCount, cancellationToken);
        }
        finally
        {
            inFlight.Release();
        }
    }

    private async Task<ProcessOutcome> ProcessOneAsync(InboundDelivery delivery, int deliveryCount, CancellationToken cancellationToken)
    {
        // A redelivery has most likely moved past New: read it rather than try a claim bound to fail.
        var entry = await ClaimAsync(delivery.EntryId, deliveryCount == 1 ? delivery.AsAccepted : null, cancellationToken);
        if (entry is null)
        {
            return ProcessOutcome.NothingToDo;
        }

        metrics.Claimed(entry.OrderType);
        Activity.Current?.SetTag(TelemetryTags.OrderType, TelemetryTags.OrderTypeName(entry.OrderType))
            .SetTag(TelemetryTags.ExternalId, entry.ExternalId).SetTag(TelemetryTags.Attempt, entry.Attempts);
        using var scope = logger.BeginOrderScope(entry.Id, entry.Id, entry.ExternalId);
        CustomerOrder order;
        try
        {
            order = InboundPayload.ToCustomerOrder(entry, await entries.ReadPayloadAsync(entry, cancellationToken));
            using (OrderTelemetry.StartSave(order.Id, order.Lines.Count))
            {
                await orders.SaveAsync(order, cancellationToken);
            }
        }
        catch (OrderTooLargeException ex)
        {
            // No attempt can ever store it: Error now, not after maxDequeueCount deliveries.
            var correlationId = NewCorrelationId();
            LogPermanentFailure(ex, entry.Id, correlationId);
            await FailAsync(entry, InboundError.TooLarge(correlationId, $"{ex.Message} {ex.InnerException?.Message}"), cancellationToken);
            return ProcessOutcome.Failed;
        }
        catch (InboundPayloadUnavailableException ex)
        {
            var correlationId = NewCorrelationId();
            LogPermanentFailure(ex, entry.Id, correlationId);
            await FailAsync(entry, InboundError.PayloadUnavailable(correlationId, ex.Message), cancellationToken);
            return ProcessOutcome.Failed;
        }
        catch (Exception ex) when (IsLastAttempt(entry, deliveryCount) && ex is not OperationCanceledException)
        {
            // Out of retries: record why as data, then let the fault escape so the host moves the message to poison.
            var correlationId = NewCorrelationId();
            LogPermanentFailure(ex, entry.Id, correlationId);
            await FailAsync(entry, InboundError.GaveUp(Math.Max(entry.Attempts, deliveryCount), correlationId, $"{ex.GetType().Name}: {ex.Message}"), cancellationToken);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.Failed(entry.OrderType, permanent: false, ex.GetType().Name);
            await ReleaseAsync(entry, cancellationToken);
            throw;
        }

        var now = clock.GetUtcNow();
        entry.Complete(entry.Id, now);
        // Recorded with the entry's Done, so the event is sent once the order is created and never for an order that is not.
        var created = new OrderSummary(order.OrderType, order.Id, order.ExternalId, order.State, order.OrderDate);
        var events = await hub.RouteAsync(() => [OrderEvents.Created(created, now)], cancellationToken);
        if (await entries.TryUpdateAsync(entry, events, cancellationToken))
        {
            metrics.Done(entry);
        }
        else
        {
            // Someone re-claimed it after our lease ran out; the order is written either way and they will complete it.
            LogLostClaim(entry.Id);
        }

        LogDone(entry.Id, entry.Attempts);
        return ProcessOutcome.Done;
    }

    private async Task<InboundEntry?> ClaimAsync(string entryId, InboundEntry? asAccepted, CancellationToken cancellationToken)
    {
        // A 412 means another processor moved the entry: read again and decide from what it is now.
        for (var round = 0; round < 3; round++)
        {
            var entry = round == 0 && asAccepted is not null ? asAccepted : await entries.FindAsync(entryId, cancellationToken);
            var now = clock.GetUtcNow();
            if (entry is null || !entry.CanBeClaimed(now))
            {
                LogNotClaimable(entryId, entry?.State);
                return null;
            }

            entry.Claim(now, options.Value.LeaseDuration);
            if (await entries.TryUpdateAsync(entry, cancellationToken))
            {
                return entry;
            }
        }

        return null;
    }

    private static string NewCorrelationId() => Guid.NewGuid().ToString("N");

    private bool IsLastAttempt(InboundEntry entry, int deliveryCount) =>
        Math.Max(entry.Attempts, deliveryCount) >= options.Value.MaxAttempts;

    private async Task ReleaseAsync(InboundEntry entry, CancellationToken cancellationToken)
    {
        entry.Release(clock.GetUtcNow());
        // If this write fails too, the lease simply runs out and the sweeper takes the entry.
        await entries.TryUpdateAsync(entry, cancellationToken);
    }

    private async Task FailAsync(InboundEntry entry, InboundError error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        entry.Fail(error, now);
        metrics.Failed(entry.OrderType, permanent: true, error.Reason);
        var rejected = new OrderSummary(
            entry.OrderType, entry.Id, entry.ExternalId, OrderStates.Rejected, entry.CreatedAt, Error: new(error.Code, error.Reason, error.Message));
        var events = await hub.RouteAsync(() => [OrderEvents.StateChanged(rejected, now)], cancellationToken);
        if (await entries.TryUpdateAsync(entry, events, cancellationToken))
        {
            metrics.MovedTo(entry.OrderType, InboundState.Error);
            LogFailed(entry.Id, error.Reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound entry {EntryId} cannot be processed, correlation id {CorrelationId}")]
    private partial void LogPermanentFailure(Exception exception, string entryId, string correlationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound entry {EntryId} is Done after {Attempts} attempt(s)")]
    private partial void LogDone(string entryId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound entry {EntryId} is in Error: {Reason}")]
    private partial void LogFailed(string entryId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Inbound entry {EntryId} is not claimable (state {InboundState})")]
    private partial void LogNotClaimable(string entryId, InboundState? inboundState);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound entry {EntryId} was re-claimed before it could be completed")]
    private partial void LogLostClaim(string entryId);
}
