namespace OrderPipeline.Benchmark;

/// <summary>Storage requests per service, as <c>GET /manage/diagnostics/storageOperations</c> answers them.</summary>
internal sealed record StorageOperations(double Table, double Queue, double Blob, double Total)
{
    public static StorageOperations operator -(StorageOperations after, StorageOperations before) =>
        new(after.Table - before.Table, after.Queue - before.Queue, after.Blob - before.Blob, after.Total - before.Total);

    public StorageOperations Per(int orders) =>
        new(Round(Table / orders), Round(Queue / orders), Round(Blob / orders), Round(Total / orders));

    private static double Round(double value) => Math.Round(value, 2);
}
