using System.Diagnostics.Metrics;

namespace OrderPipeline.Storage.Diagnostics;

/// <summary>
/// Counts the requests the Azure SDK clients send, per service: readable in process (the admin diagnostics endpoint,
/// the benchmark) and as the <c>orderpipeline.storage.requests</c> metric for OpenTelemetry.
/// </summary>
public sealed class StorageOperationCounter
{
    public const string MeterName = "OrderPipeline.Storage";

    private readonly long[] counts = new long[Enum.GetValues<StorageService>().Length];
    private readonly Counter<long> requests;
    private readonly Counter<long> entityOperations;
    private readonly DateTimeOffset since;

    public StorageOperationCounter(IMeterFactory meters, TimeProvider clock)
    {
        var meter = meters.Create(MeterName);
        requests = meter.CreateCounter<long>(
            "orderpipeline.storage.requests", "{request}", "Requests sent to Azure Storage, retries included, by service");
        entityOperations = meter.CreateCounter<long>("orderpipeline.storage.entity_operations", "{operation}",
            "Table entities read or written by single-entity requests and inside entity-group transactions (queries not counted)");
        since = clock.GetUtcNow();
    }

    public void Count(StorageService service)
    {
        Interlocked.Increment(ref counts[(int)service]);
        requests.Add(1, new KeyValuePair<string, object?>("service", ServiceTag(service)));
    }

    /// <summary>True while a metrics listener takes the entity-operation counter; otherwise counting them is skipped.</summary>
    public bool IsCountingEntityOperations => entityOperations.Enabled;

    public void CountEntityOperations(int operations)
    {
        if (operations > 0) entityOperations.Add(operations, new KeyValuePair<string, object?>("service", ServiceTag(StorageService.Table)));
    }

    public StorageOperationCounts Snapshot() => new(
        since,
        Interlocked.Read(ref counts[(int)StorageService.Table]),
        Interlocked.Read(ref counts[(int)StorageService.Queue]),
        Interlocked.Read(ref counts[(int)StorageService.Blob]));

    private static string ServiceTag(StorageService service) => service switch
    {
        StorageService.Table => "table",
        StorageService.Queue => "queue",
        _ => "blob",
    };
}
