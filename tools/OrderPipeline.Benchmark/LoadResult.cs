namespace OrderPipeline.Benchmark;

/// <summary>
/// One load: <see cref="Operations"/> done at a fixed concurrency in <see cref="Seconds"/>, with the latency of each.
/// <see cref="Failures"/> are operations that did not get the expected answer (they count in the time, not in the rate).
/// </summary>
internal sealed record LoadResult(int Operations, int Failures, double Seconds, double PerSecond, double P50Ms, double P99Ms, double MaxMs);
