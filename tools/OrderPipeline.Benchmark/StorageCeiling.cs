using Azure.Data.Tables;

namespace OrderPipeline.Benchmark;

/// <summary>
/// The yardstick: single-entity inserts of ~1.5 KB (as JSON on the wire) with Azure.Data.Tables into the same storage,
/// at the same concurrency. No order can be taken in faster than its storage takes one write.
/// </summary>
internal static class StorageCeiling
{
    private static readonly string Filler = new('x', 1400);

    public static async Task<LoadResult> MeasureAsync(
        string connection, int inserts, int concurrency, Progress progress, CancellationToken cancellationToken)
    {
        var table = new TableClient(connection, "benchraw" + Guid.NewGuid().ToString("N")[..8]);
        await table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            var run = Guid.NewGuid().ToString("N");
            return await LoadGenerator.RunAsync("raw inserts", inserts, concurrency, async (i, token) =>
            {
                var entity = new TableEntity($"p{i % 16:x}", $"{run}-{i:D7}")
                {
                    ["Payload"] = Filler,
                    ["State"] = "New",
                    ["ReceivedAt"] = DateTimeOffset.UtcNow,
                };
                var response = await table.AddEntityAsync(entity, token);
                return !response.IsError;
            }, progress, cancellationToken);
        }
        finally
        {
            await table.DeleteAsync(CancellationToken.None);
        }
    }
}
