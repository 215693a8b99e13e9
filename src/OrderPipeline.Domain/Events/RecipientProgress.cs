namespace OrderPipeline.Domain.Events;

/// <summary>How delivery of one event to one listener stands.</summary>
/// <param name="Attempts">Deliveries tried so far that failed or succeeded.</param>
/// <param name="Delivered">True once the listener answered 2xx.</param>
/// <param name="LastError">Why the last attempt failed, for the admin.</param>
/// <param name="NextAttemptAt">When the next attempt is due after a failure; null for the first.</param>
public sealed record RecipientProgress(
    string ListenerId, string Callback, int Attempts = 0, bool Delivered = false, string? LastError = null, DateTimeOffset? NextAttemptAt = null)
{
    public bool IsDue(DateTimeOffset now) => !Delivered && (NextAttemptAt is not { } next || next <= now);

    public RecipientProgress AfterDelivery() => this with { Attempts = Attempts + 1, Delivered = true, LastError = null, NextAttemptAt = null };

    /// <summary>One more failed attempt, and when to try again: the first retry after <see cref="HubOptions.FirstRetryDelay"/>, each further one twice as late, up to <see cref="HubOptions.MaxRetryDelay"/>.</summary>
    public RecipientProgress AfterFailure(string error, DateTimeOffset now, HubOptions options) =>
        this with { Attempts = Attempts + 1, LastError = error, NextAttemptAt = now + RetryDelay(Attempts + 1, options) };

    /// <summary>The wait after the <paramref name="attempts"/>-th failure: FirstRetryDelay · 2^(attempts−1), capped at MaxRetryDelay.</summary>
    public static TimeSpan RetryDelay(int attempts, HubOptions options)
    {
        // Doubling past 2^40 overflows TimeSpan long before any cap is reached; the cap applies long before that anyway.
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 40));
        var delay = options.FirstRetryDelay.Ticks * factor;
        return delay >= options.MaxRetryDelay.Ticks ? options.MaxRetryDelay : TimeSpan.FromTicks((long)delay);
    }
}
