using System.Diagnostics.Metrics;

namespace OrderPipeline.Storage.Diagnostics;

/// <summary>
/// Counts the requests the Azure SDK clients send, per service, and the table entities they write or read: readable in
/// process (the admin diagnostics endpoint, the benchmark) and as the <c>orderpipeline.storage.requests</c> and
/// <c>orderpipeline.storage.entities</c> metrics for OpenTelemetry.
/// </summary>
public sealed class StorageOperationCounter
{
    public const string MeterName = "OrderPipeline.Storage";

    private readonly long[] counts = new long[Enum.GetValues<StorageService>().Length];
    private readonly Counter<long> requests;
    private readonly Counter<long> entityCounter;
    private long entities;
    private readonly DateTimeOffset since;

    public StorageOperationCounter(IMeterFactory meters, TimeProvider clock)
    {
        var meter = meters.Create(MeterName);
        requests = meter.CreateCounter<long>(
            "orderpipeline.storage.requests", "{request}", "Requests sent to Azure Storage, retries included, by service");
        entityCounter = meter.CreateCounter<long>(
            "orderpipeline.storage.entities", "{entity}", "Table entities inserted, updated, merged, deleted or read by successful requests");
        since = clock.GetUtcNow();
    }

    public void Count(StorageService service)
    {
        Interlocked.Increment(ref counts[(int)service]);
        requests.Add(1, new KeyValuePair<string, object?>("service", ServiceTag(service)));
    }

    public void CountEntities(int count)
    {
        Interlocked.Add(ref entities, count);
        entityCounter.Add(count);
    }

    public StorageOperationCounts Snapshot() => new(
        since,
        Interlocked.Read(ref counts[(int)StorageService.Table]),
        Interlocked.Read(ref counts[(int)StorageService.Queue]),
        Interlocked.Read(ref counts[(int)StorageService.Blob]),
        Interlocked.Read(ref entities));

    private static string ServiceTag(StorageService service) => service switch
    {
        StorageService.Table => "table",
        StorageService.Queue => "queue",
        _ => "blob",
    };
}
