using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Cancellation;

/// <summary>
/// Cancels an order wherever it is. Still New (or in Error) in the inbound queue: the entry becomes Cancelled and is never
/// processed; the claim of a processor racing it is ETag-conditional like the cancel, so exactly one of them wins.
/// InProgress: refused, the processor holds it. Created: the customer order becomes <c>cancelled</c>.
/// The task is recorded as received first, then the order changes, then the task is done: a crash in between leaves a
/// received task that the client's repeated request carries on, or else the sweep (<see cref="FinishUnfinishedAsync"/>),
/// never a cancelled order without its task.
/// </summary>
public sealed partial class OrderCancellation(
    IInboundEntryStore entries, ICustomerOrderStore orders, ICancelTaskStore tasks, HubListeners hub, TimeProvider clock,
    ILogger<OrderCancellation> logger)
{
    public async Task<CancelResult> CancelAsync(CancelRequest request, CancellationToken cancellationToken)
    {
        var (orderType, orderId) = (request.OrderType, request.OrderId);
        if (!OrderIds.IsWellFormed(orderId))
        {
            return new CancelResult(CancelOutcome.NotFound);
        }

        var task = await tasks.FindAsync(orderType, orderId, cancellationToken);
        if (task is { IsDone: true })
        {
            return new CancelResult(CancelOutcome.AlreadyCancelled, task);
        }

        var entry = await entries.FindAsync(orderId, cancellationToken);
        if (entry is not null && entry.OrderType != orderType)
        {
            return new CancelResult(CancelOutcome.NotFound);
        }

        if (entry is { State: InboundState.InProgress })
        {
            return BeingProcessed(entry);
        }

        var header = entry is null or { State: InboundState.Done } ? await orders.FindHeaderAsync(orderType, orderId, cancellationToken) : null;
        if (header is null && entry is null or { State: InboundState.Done })
        {
            return new CancelResult(CancelOutcome.NotFound);
        }

        if (header is not null && header.State is not (OrderStates.Acknowledged or OrderStates.Cancelled))
        {
            return new CancelResult(CancelOutcome.NotCancellable, Detail: $"The order is {header.State} and can no longer be cancelled.");
        }

        var received = task is null;
        task ??= CancelOrderTask.Receive(orderType, orderId, request.CancellationReason, request.RequestedCancellationDate, clock.GetUtcNow());
        if (received && !await tasks.TryAddAsync(task, cancellationToken))
        {
            // Another request for the same order got there first; answer with what it did.
            return await tasks.FindAsync(orderType, orderId, cancellationToken) is { IsDone: true } other
                ? new CancelResult(CancelOutcome.AlreadyCancelled, other)
                : new CancelResult(CancelOutcome.BeingProcessed, Detail: "Another request is cancelling this order right now.");
        }

        var cancelledAt = header is not null
            ? await CancelCreatedAsync(header, task, cancellationToken)
            : await CancelInboundAsync(entry!, task, cancellationToken);
        if (cancelledAt is not { } at)
        {
            // The processor claimed the entry first: it wins; the task never was, so it goes.
            if (received) await tasks.TryDeleteAsync(task, cancellationToken);
            return BeingProcessed(await entries.FindAsync(orderId, cancellationToken) ?? entry!);
        }

        task.Complete(at);
        var events = await hub.RouteAsync(() => [OrderEvents.CancelCreated(task, at), OrderEvents.CancelStateChanged(task, at)], cancellationToken);
        if (!await tasks.TryUpdateAsync(task, events, cancellationToken))
        {
            // A repeated request finished the same task meanwhile.
            return new CancelResult(CancelOutcome.AlreadyCancelled, await tasks.FindAsync(orderType, orderId, cancellationToken));
        }

        LogCancelled(orderId, header is not null ? "customer order" : "inbound entry");
        return new CancelResult(CancelOutcome.Cancelled, task);
    }

    /// <summary>
    /// Carries on the cancellations cut off half-way (a task received more than <paramref name="grace"/> ago and not done):
    /// the client asked, so the order is cancelled, or the task ends <c>terminatedWithError</c> when its order is gone or
    /// can no longer be cancelled. One still being created is left for the next sweep.
    /// </summary>
    /// <returns>How many were finished either way.</returns>
    public async Task<int> FinishUnfinishedAsync(TimeSpan grace, int max, CancellationToken cancellationToken)
    {
        var unfinished = await tasks.FindUnfinishedAsync(clock.GetUtcNow() - grace, max, cancellationToken);
        var finished = 0;
        foreach (var task in unfinished)
        {
            var result = await CancelAsync(
                new CancelRequest(task.OrderType, task.OrderId, task.CancellationReason, task.RequestedCancellationDate), cancellationToken);
            if (result.Outcome is CancelOutcome.NotFound or CancelOutcome.NotCancellable
                && await tasks.FindAsync(task.OrderType, task.Id, cancellationToken) is { IsDone: false } left)
            {
                left.Terminate();
                var at = clock.GetUtcNow();
                await tasks.TryUpdateAsync(left, await hub.RouteAsync(() => [OrderEvents.CancelStateChanged(left, at)], cancellationToken), cancellationToken);
            }

            if (result.Outcome != CancelOutcome.BeingProcessed) finished++;
            LogFinished(task.Id, result.Outcome);
        }

        return finished;
    }

    /// <returns>When the entry was cancelled (now, or by an earlier request cut off); null when a processor claimed it first.</returns>
    private async Task<DateTimeOffset?> CancelInboundAsync(InboundEntry entry, CancelOrderTask task, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 3; round++)
        {
            if (entry.State == InboundState.Cancelled)
            {
                return entry.UpdatedAt;
            }

            if (!entry.CanBeCancelled)
            {
                return null;
            }

            var now = TmfDate.TrimToMilliseconds(clock.GetUtcNow());
            entry.Cancel(task.CancellationReason, now);
            var summary = new OrderSummary(entry.OrderType, entry.Id, entry.ExternalId, OrderStates.Cancelled, entry.CreatedAt, now, task.CancellationReason);
            var events = await hub.RouteAsync(() => [OrderEvents.StateChanged(summary, now)], cancellationToken);
            if (await entries.TryUpdateAsync(entry, events, cancellationToken))
            {
                return now;
            }

            // Someone moved the entry (a processor's claim, most likely): decide from what it is now.
            entry = await entries.FindAsync(entry.Id, cancellationToken) ?? throw new InvalidOperationException($"Inbound entry {entry.Id} vanished.");
        }

        return null;
    }

    private async Task<DateTimeOffset?> CancelCreatedAsync(CustomerOrderHeader header, CancelOrderTask task, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 3; round++)
        {
            if (header.State == OrderStates.Cancelled)
            {
                return CancellationDateOf(header);
            }

            var now = TmfDate.TrimToMilliseconds(clock.GetUtcNow());
            var cancelled = header with { State = OrderStates.Cancelled, HeaderJson = CancelResource(header.HeaderJson, now, task.CancellationReason) };
            var summary = new OrderSummary(header.OrderType, header.Id, header.ExternalId, OrderStates.Cancelled, header.OrderDate, now, task.CancellationReason);
            var events = await hub.RouteAsync(() => [OrderEvents.StateChanged(summary, now)], cancellationToken);
            if (await orders.TryUpdateHeaderAsync(cancelled, events, cancellationToken))
            {
                return now;
            }

            header = await orders.FindHeaderAsync(header.OrderType, header.Id, cancellationToken)
                ?? throw new InvalidOperationException($"Customer order {header.Id} vanished.");
        }

        return null;
    }

    private static string CancelResource(string headerJson, DateTimeOffset at, string? reason)
    {
        var resource = JsonNode.Parse(headerJson)!.AsObject();
        resource["state"] = OrderStates.Cancelled;
        resource["cancellationDate"] = TmfDate.Format(at);
        if (reason is not null) resource["cancellationReason"] = reason;
        return resource.ToJsonString();
    }

    private static DateTimeOffset CancellationDateOf(CustomerOrderHeader header) =>
        TmfDate.TryParse((string?)JsonNode.Parse(header.HeaderJson)?["cancellationDate"], out var at) ? at : header.OrderDate;

    private static CancelResult BeingProcessed(InboundEntry entry) => entry.State switch
    {
        InboundState.InProgress => new CancelResult(CancelOutcome.BeingProcessed,
            Detail: $"The order is being created from the inbound queue right now (attempt {entry.Attempts}); try again in a few seconds."),
        InboundState.Done => new CancelResult(CancelOutcome.BeingProcessed,
            Detail: "The order was created while this request was cancelling it; send the request again to cancel the created order."),
        _ => new CancelResult(CancelOutcome.BeingProcessed, Detail: $"The order's inbound entry moved to {entry.State} meanwhile; try again."),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cancellation of order {OrderId}, cut off half-way, carried on: {Outcome}")]
    private partial void LogFinished(string orderId, CancelOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} cancelled (its {Where})")]
    private partial void LogCancelled(string orderId, string where);
}
