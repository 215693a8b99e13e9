namespace OrderPipeline.Storage.Diagnostics;

/// <summary>
/// How many requests the app has sent to each storage service since <see cref="Since"/>, retries included, and how many
/// table entities those requests inserted, updated, merged, deleted or read (<see cref="Entities"/>).
/// </summary>
public sealed record StorageOperationCounts(DateTimeOffset Since, long Table, long Queue, long Blob, long Entities)
{
    public long Total => Table + Queue + Blob;
}
