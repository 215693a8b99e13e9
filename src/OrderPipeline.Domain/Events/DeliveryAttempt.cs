namespace OrderPipeline.Domain.Events;

/// <summary>One attempt at one recipient during a look at a row: the progress it started from, and what came of it.</summary>
/// <param name="Refused">True when the callback is no longer allowed, so nothing was sent.</param>
internal sealed record DeliveryAttempt(RecipientProgress Seen, CallbackResult Result, bool Refused);
