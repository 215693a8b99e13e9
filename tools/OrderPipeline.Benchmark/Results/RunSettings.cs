namespace OrderPipeline.Benchmark.Results;

internal sealed record RunSettings(
    string Target, int Concurrency, int Orders, int RawInserts, int BulkRequests, int OrdersPerBulkRequest, int LargeOrderLines, bool Quick);
