namespace OrderPipeline.Domain.Events;

/// <summary>One attempt at one recipient during a look at a row: the progress it started from, and what came of it.</summary>
/// <param name="Refused">True when the callback is no longer allowed, so nothing was sent.</param>
/// <param name="Unsubscribed">True when the listener has been removed from its hub, so nothing was sent and nothing will be.</param>
internal sealed record DeliveryAttempt(RecipientProgress Seen, CallbackResult Result, bool Refused, bool Unsubscribed = false);
