namespace OrderPipeline.Benchmark.Results;

/// <summary>A figure the issue sets a target for; <see cref="Met"/> is null when it could not be measured.</summary>
internal sealed record TargetCheck(string Measure, string Target, string Measured, bool? Met);
