using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>
/// The outcome of submitting an order: created (sync), accepted into the inbound queue (async), or refused.
/// <see cref="Replayed"/> says the answer repeats the one given earlier under the same idempotency key.
/// </summary>
public sealed record IntakeResult(IntakeOutcome Outcome, ProductOrder? Order, IReadOnlyList<ValidationFailure> Failures, bool Replayed = false)
{
    public static IntakeResult Created(ProductOrder order, bool replayed) => new(IntakeOutcome.Created, order, [], replayed);

    public static IntakeResult Accepted(ProductOrder order, bool replayed) => new(IntakeOutcome.Accepted, order, [], replayed);

    public static IntakeResult Invalid(IReadOnlyList<ValidationFailure> failures) => new(IntakeOutcome.Invalid, null, failures);

    public static IntakeResult KeyReused() => new(IntakeOutcome.KeyReused, null, []);
}
