using OrderPipeline.LocalDev;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// One real Azurite for the whole test run, on free ports and in memory, installed from npm if needed.
/// Tests keep apart by giving each app its own storage prefix (its own tables, queues and containers).
/// </summary>
public static class SharedAzurite
{
    private static readonly Lazy<Task<AzuriteProcess>> Instance = new(StartAsync);

    public static async Task<string> ConnectionStringAsync() => (await Instance.Value).Endpoints.ConnectionString;

    /// <summary>A separate Azurite the caller owns, for tests that stop storage on purpose.</summary>
    public static Task<AzuriteProcess> StartPrivateAsync() =>
        AzuriteProcess.StartAsync(RepositoryRootPath, AzuriteEndpoints.FreePorts(), dataLocation: null, CancellationToken.None);

    public static string RepositoryRootPath { get; } = RepositoryRoot.FindFrom(AppContext.BaseDirectory);

    private static async Task<AzuriteProcess> StartAsync()
    {
        var azurite = await StartPrivateAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return azurite;
    }
}
