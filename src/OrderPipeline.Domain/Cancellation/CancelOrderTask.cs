namespace OrderPipeline.Domain.Cancellation;

/// <summary>
/// A client's request to cancel one order (TMF622 CancelProductOrder, TMF641 CancelServiceOrder). An order is cancelled
/// at most once, so the task shares its order's id. Received first, then <see cref="Complete"/>d once the order is cancelled.
/// </summary>
public sealed class CancelOrderTask
{
    private CancelOrderTask(
        OrderType orderType, string orderId, string state, string? cancellationReason, string? requestedCancellationDate,
        DateTimeOffset? effectiveCancellationDate, DateTimeOffset createdAt, string? version)
    {
        OrderType = orderType;
        OrderId = orderId;
        State = state;
        CancellationReason = cancellationReason;
        RequestedCancellationDate = requestedCancellationDate;
        EffectiveCancellationDate = effectiveCancellationDate;
        CreatedAt = createdAt;
        Version = version;
    }

    public string Id => OrderId;
    public OrderType OrderType { get; }
    public string OrderId { get; }
    public string State { get; private set; }
    public string? CancellationReason { get; }

    /// <summary>As the client sent it; the pipeline cancels at once, whatever date was asked for.</summary>
    public string? RequestedCancellationDate { get; }

    public DateTimeOffset? EffectiveCancellationDate { get; private set; }
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The store's concurrency token (an ETag) of the version this object was read or written as.</summary>
    public string? Version { get; private set; }

    public bool IsDone => State == CancelTaskStates.Done;

    public static CancelOrderTask Receive(OrderType orderType, string orderId, string? reason, string? requestedDate, DateTimeOffset now) =>
        new(orderType, orderId, CancelTaskStates.Received(orderType), reason, requestedDate, null, now, null);

    public static CancelOrderTask Rehydrate(
        OrderType orderType, string orderId, string state, string? cancellationReason, string? requestedCancellationDate,
        DateTimeOffset? effectiveCancellationDate, DateTimeOffset createdAt, string version) =>
        new(orderType, orderId, state, cancellationReason, requestedCancellationDate, effectiveCancellationDate, createdAt, version);

    /// <param name="cancelledAt">When the order was cancelled: the task's effective cancellation date.</param>
    public void Complete(DateTimeOffset cancelledAt)
    {
        if (State != CancelTaskStates.Received(OrderType))
        {
            throw new InvalidOperationException($"Cancel task {Id} is {State}; only a task just received can be completed.");
        }

        State = CancelTaskStates.Done;
        EffectiveCancellationDate = cancelledAt;
    }

    /// <summary>A task that can no longer be carried out: its order is gone, or in a state that cannot be cancelled.</summary>
    public void Terminate()
    {
        if (IsDone) throw new InvalidOperationException($"Cancel task {Id} is done; it cannot be terminated.");
        State = CancelTaskStates.TerminatedWithError;
    }

    /// <summary>Called by the store after a successful write.</summary>
    public void MarkPersisted(string version) => Version = version;
}
