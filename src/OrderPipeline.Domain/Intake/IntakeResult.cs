using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Intake;

/// <summary>
/// The outcome of submitting an order: created (sync), accepted into the inbound queue (async), or refused.
/// <see cref="Replayed"/> says the answer repeats the one given earlier under the same idempotency key.
/// </summary>
public sealed record IntakeResult<TOrder>(IntakeOutcome Outcome, TOrder? Order, IReadOnlyList<ValidationFailure> Failures, bool Replayed = false)
    where TOrder : class
{
    public static IntakeResult<TOrder> Created(TOrder order, bool replayed) => new(IntakeOutcome.Created, order, [], replayed);

    public static IntakeResult<TOrder> Accepted(TOrder order, bool replayed) => new(IntakeOutcome.Accepted, order, [], replayed);

    public static IntakeResult<TOrder> Invalid(IReadOnlyList<ValidationFailure> failures) => new(IntakeOutcome.Invalid, null, failures);

    public static IntakeResult<TOrder> KeyReused() => new(IntakeOutcome.KeyReused, null, []);

    public static IntakeResult<TOrder> TooLarge(string problem) => new(IntakeOutcome.TooLarge, null, [new ValidationFailure("", problem)]);
}
