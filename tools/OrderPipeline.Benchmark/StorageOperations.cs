namespace OrderPipeline.Benchmark;

/// <summary>
/// Storage requests per service and table entities written or read, as <c>GET /manage/diagnostics/storageOperations</c>
/// answers them.
/// </summary>
internal sealed record StorageOperations(double Table, double Queue, double Blob, double Total, double Entities)
{
    public static readonly StorageOperations None = new(0, 0, 0, 0, 0);

    public static StorageOperations operator -(StorageOperations after, StorageOperations before) =>
        new(after.Table - before.Table, after.Queue - before.Queue, after.Blob - before.Blob, after.Total - before.Total, after.Entities - before.Entities);

    public static StorageOperations operator +(StorageOperations one, StorageOperations other) =>
        new(one.Table + other.Table, one.Queue + other.Queue, one.Blob + other.Blob, one.Total + other.Total, one.Entities + other.Entities);

    public StorageOperations Per(int orders) =>
        new(Round(Table / orders), Round(Queue / orders), Round(Blob / orders), Round(Total / orders), Round(Entities / orders));

    private static double Round(double value) => Math.Round(value, 2);
}
