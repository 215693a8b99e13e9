namespace OrderPipeline.Storage.Events;

/// <summary>One listener's share of an outbox row: how delivery to it stands.</summary>
/// <param name="Attempts">Deliveries tried so far.</param>
/// <param name="Delivered">True once the listener answered 2xx.</param>
/// <param name="LastError">Why the last attempt failed (status, timeout, refusal), for the admin.</param>
/// <param name="NextAttemptAt">When to try again after a failure.</param>
public sealed record OutboxRecipient(
    string ListenerId, string Callback, int Attempts = 0, bool Delivered = false, string? LastError = null, DateTimeOffset? NextAttemptAt = null);
