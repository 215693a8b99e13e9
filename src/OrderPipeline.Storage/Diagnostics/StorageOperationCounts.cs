namespace OrderPipeline.Storage.Diagnostics;

/// <summary>How many requests the app has sent to each storage service since <see cref="Since"/>, retries included.</summary>
public sealed record StorageOperationCounts(DateTimeOffset Since, long Table, long Queue, long Blob)
{
    public long Total => Table + Queue + Blob;
}
