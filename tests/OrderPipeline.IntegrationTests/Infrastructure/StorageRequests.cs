namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>The app's own count of the storage requests it sends (<c>GET /manage/diagnostics/storageOperations</c>).</summary>
public static class StorageRequests
{
    private const string CountPath = "/manage/diagnostics/storageOperations";

    /// <summary>
    /// The storage requests the app sent while <paramref name="act"/> ran. Meant for an app with no queue listener and no
    /// timers: reading the count sends none, which two reads in a row first confirm, so the difference is the act's own.
    /// </summary>
    public static async Task<(long Requests, T Result)> StorageRequestsDuringAsync<T>(this PipelineApp app, Func<Task<T>> act)
    {
        var idle = await TotalAsync(app);
        var before = await TotalAsync(app);
        Assert.True(idle == before, $"the app sent {before - idle} storage requests while idle; the count would not be the act's own");
        var result = await act();
        return (await TotalAsync(app) - before, result);
    }

    private static async Task<long> TotalAsync(PipelineApp app) => (await app.GetJsonAsync(CountPath))["total"]!.GetValue<long>();
}
