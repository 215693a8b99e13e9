namespace OrderPipeline.Benchmark.Results;

/// <summary>The storage ceiling: single-entity inserts straight into the same storage, and what they cost Azurite in CPU.</summary>
internal sealed record RawResult(LoadResult Load, CpuUse? Cpu);
