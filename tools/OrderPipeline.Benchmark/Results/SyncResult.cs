namespace OrderPipeline.Benchmark.Results;

/// <summary>Sync intake: each order created before the answer (201).</summary>
internal sealed record SyncResult(LoadResult Load, StorageOperations? OperationsPerOrder, CpuUse? Cpu);
