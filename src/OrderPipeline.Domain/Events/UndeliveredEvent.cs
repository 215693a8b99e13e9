namespace OrderPipeline.Domain.Events;

/// <summary>An event the pipeline gave up delivering to one listener, kept for the admin.</summary>
/// <param name="Attempts">Deliveries tried (0 when the callback was refused before any).</param>
/// <param name="LastError">Why the last attempt failed, or why the callback was refused.</param>
/// <param name="UndeliveredAt">When the pipeline gave up.</param>
public sealed record UndeliveredEvent(
    OrderEvent Event, string ListenerId, string Callback, int Attempts, string? LastError, DateTimeOffset UndeliveredAt);
