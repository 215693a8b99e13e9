namespace OrderPipeline.Domain.Cancellation;

/// <summary>How a cancellation ended: the task when there is one, else what stood in the way.</summary>
public sealed record CancelResult(CancelOutcome Outcome, CancelOrderTask? Task = null, string? Detail = null);
