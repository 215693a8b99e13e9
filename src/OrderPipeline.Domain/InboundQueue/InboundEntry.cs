namespace OrderPipeline.Domain.InboundQueue;

/// <summary>
/// An order accepted asynchronously, waiting for or going through creation. State changes only through
/// <see cref="Claim"/>, <see cref="Complete"/>, <see cref="Fail"/>, <see cref="Retry"/> and <see cref="Cancel"/>, which enforce the state model.
/// </summary>
public sealed class InboundEntry
{
    private readonly List<InboundTransition> history;

    private InboundEntry(
        string id, OrderType orderType, string? externalId, string source, InboundState state, int attempts,
        DateTimeOffset createdAt, DateTimeOffset updatedAt, DateTimeOffset? leaseUntil, string? orderId,
        InboundError? error, IEnumerable<InboundTransition> history, string? cancellationReason = null)
    {
        CancellationReason = cancellationReason;
        Id = id;
        OrderType = orderType;
        ExternalId = externalId;
        Source = source;
        State = state;
        PersistedState = state;
        Attempts = attempts;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
        LeaseUntil = leaseUntil;
        OrderId = orderId;
        Error = error;
        this.history = [.. history];
    }

    public string Id { get; }
    public OrderType OrderType { get; }
    public string? ExternalId { get; }

    /// <summary>Who sent the order (the intake channel), kept for the admin's view.</summary>
    public string Source { get; }

    public InboundState State { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Until when the processor that claimed the entry owns it; past it the sweeper may claim it again.</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>The customer order created from this entry; set when Done.</summary>
    public string? OrderId { get; private set; }

    public InboundError? Error { get; private set; }

    /// <summary>Why the client cancelled the order; set when Cancelled (the cancellation's time is <see cref="UpdatedAt"/>).</summary>
    public string? CancellationReason { get; private set; }
    public IReadOnlyList<InboundTransition> History => history;

    /// <summary>The state as last read from or written to the store; the store uses it to move the entry's state index.</summary>
    public InboundState PersistedState { get; private set; }

    /// <summary>The store's concurrency token (an ETag) of the version this object was read as.</summary>
    public string? Version { get; private set; }

    public static InboundEntry Accept(string id, OrderType orderType, string? externalId, string source, DateTimeOffset now) =>
        new(id, orderType, externalId, source, InboundState.New, 0, now, now, null, null, null, [new(InboundState.New, now)]);

    public static InboundEntry Rehydrate(
        string id, OrderType orderType, string? externalId, string source, InboundState state, int attempts,
        DateTimeOffset createdAt, DateTimeOffset updatedAt, DateTimeOffset? leaseUntil, string? orderId,
        InboundError? error, IEnumerable<InboundTransition> history, string version, string? cancellationReason = null)
    {
        var entry = new InboundEntry(
            id, orderType, externalId, source, state, attempts, createdAt, updatedAt, leaseUntil, orderId, error, history, cancellationReason);
        entry.Version = version;
        return entry;
    }

    public bool CanBeClaimed(DateTimeOffset now) =>
        State == InboundState.New || (State == InboundState.InProgress && LeaseUntil <= now);

    public void Claim(DateTimeOffset now, TimeSpan lease)
    {
        if (!CanBeClaimed(now)) throw new InvalidInboundTransitionException(Id, State, InboundState.InProgress);
        Attempts++;
        LeaseUntil = now + lease;
        MoveTo(InboundState.InProgress, now, Attempts > 1 ? $"attempt {Attempts}" : null);
    }

    /// <summary>Gives up the claim after a transient fault, so the trigger's next delivery can claim the entry at once.</summary>
    public void Release(DateTimeOffset now)
    {
        if (State != InboundState.InProgress) throw new InvalidInboundTransitionException(Id, State, InboundState.InProgress);
        LeaseUntil = now;
        UpdatedAt = now;
    }

    public void Complete(string orderId, DateTimeOffset now)
    {
        if (State != InboundState.InProgress) throw new InvalidInboundTransitionException(Id, State, InboundState.Done);
        OrderId = orderId;
        LeaseUntil = null;
        MoveTo(InboundState.Done, now, null);
    }

    public void Fail(InboundError error, DateTimeOffset now)
    {
        if (State is not (InboundState.New or InboundState.InProgress)) throw new InvalidInboundTransitionException(Id, State, InboundState.Error);
        Error = error;
        LeaseUntil = null;
        MoveTo(InboundState.Error, now, error.Message);
    }

    public void Retry(DateTimeOffset now)
    {
        if (State != InboundState.Error) throw new InvalidInboundTransitionException(Id, State, InboundState.New);
        // A retry gets a fresh set of attempts; the history keeps the earlier ones.
        Attempts = 0;
        Error = null;
        MoveTo(InboundState.New, now, "retried by an admin");
    }

    /// <summary>The client's cancellation of an order not created yet: it will never be. Not while a processor holds the entry.</summary>
    public bool CanBeCancelled => State is InboundState.New or InboundState.Error;

    public void Cancel(string? reason, DateTimeOffset now)
    {
        if (!CanBeCancelled) throw new InvalidInboundTransitionException(Id, State, InboundState.Cancelled);
        CancellationReason = reason;
        LeaseUntil = null;
        MoveTo(InboundState.Cancelled, now, reason is null ? "cancelled by the client" : $"cancelled by the client: {reason}");
    }

    /// <summary>Called by the store after a successful write.</summary>
    public void MarkPersisted(string version)
    {
        Version = version;
        PersistedState = State;
    }

    private void MoveTo(InboundState state, DateTimeOffset now, string? reason)
    {
        State = state;
        UpdatedAt = now;
        history.Add(new InboundTransition(state, now, reason));
    }
}
