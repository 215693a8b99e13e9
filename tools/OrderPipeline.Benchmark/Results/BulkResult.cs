namespace OrderPipeline.Benchmark.Results;

/// <summary>Bulk intake: requests of many orders (application/x-ndjson), then until every entry is Done.</summary>
internal sealed record BulkResult(
    int OrdersPerRequest, LoadResult Requests, int Accepted, double IntakeOrdersPerSecond, double SecondsUntilDone,
    double EndToEndPerSecond, StorageOperations? OperationsPerOrder, CpuUse? Cpu)
{
    /// <summary>Customer orders that came into being during the phase: every accepted order once, no more, no fewer.</summary>
    public int OrdersCreated { get; init; }
}
