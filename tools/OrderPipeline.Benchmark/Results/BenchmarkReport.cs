namespace OrderPipeline.Benchmark.Results;

/// <summary>Everything one run measured; null where the target could not be measured (raw inserts or memory of an app at a URL).</summary>
internal sealed record BenchmarkReport(
    DateTimeOffset StartedAt,
    double DurationSeconds,
    MachineInfo Machine,
    RunSettings Settings,
    RawResult? RawInserts,
    SyncResult Sync,
    AsyncResult Async,
    BulkResult Bulk,
    LargeOrderResult LargeOrder,
    MemoryResult? Memory,
    IReadOnlyList<TargetCheck> Targets);
