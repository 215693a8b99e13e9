using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>The outcome of submitting an order: created (sync), accepted into the inbound queue (async), or refused.</summary>
public sealed record IntakeResult(IntakeOutcome Outcome, ProductOrder? Order, IReadOnlyList<ValidationFailure> Failures)
{
    public static IntakeResult Created(ProductOrder order) => new(IntakeOutcome.Created, order, []);

    public static IntakeResult Accepted(ProductOrder order) => new(IntakeOutcome.Accepted, order, []);

    public static IntakeResult Invalid(IReadOnlyList<ValidationFailure> failures) => new(IntakeOutcome.Invalid, null, failures);
}
