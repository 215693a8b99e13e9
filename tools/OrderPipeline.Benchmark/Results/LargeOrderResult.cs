namespace OrderPipeline.Benchmark.Results;

/// <summary>One multi-site order of many lines: accepted async and driven to Done, then the same order sync.</summary>
internal sealed record LargeOrderResult(
    int Lines, int Bytes, double AsyncAcceptMs, double SecondsUntilDone, string FinalState, double SyncMs, int SyncStatus,
    StorageOperations? AsyncOperations, StorageOperations? SyncOperations);
