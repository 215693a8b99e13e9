namespace OrderPipeline.Benchmark.Results;

/// <summary>
/// A figure the issue sets a target for; <see cref="Met"/> is null when it could not be measured. A guarded figure does
/// not depend on timing (entities per order, orders lost or doubled): <c>--check</c> fails the run when one is missed.
/// </summary>
internal sealed record TargetCheck(string Measure, string Target, string Measured, bool? Met, bool Guarded = false);
