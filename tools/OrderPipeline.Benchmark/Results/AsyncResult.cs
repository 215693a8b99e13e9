namespace OrderPipeline.Benchmark.Results;

/// <summary>
/// Async intake (202) and, of the same orders, end to end: from the first POST until every entry is Done.
/// Storage requests and CPU cover accepting and processing, and the summary polls that watched for Done.
/// </summary>
internal sealed record AsyncResult(
    LoadResult Intake, double SecondsUntilDone, double EndToEndPerSecond, int Errors, int SummaryPolls,
    StorageOperations? OperationsPerOrder, CpuUse? Cpu)
{
    /// <summary>Customer orders that came into being during the phase: every accepted order once, no more, no fewer.</summary>
    public int OrdersCreated { get; init; }
}
