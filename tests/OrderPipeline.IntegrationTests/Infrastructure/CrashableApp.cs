using OrderPipeline.LocalDev;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// One app instance run as its own process that a test kills hard (as an out-of-memory kill or a lost VM would) and
/// starts again on the same port and settings, as the Functions platform restarts a worker. Clients keep one address.
/// </summary>
public sealed class CrashableApp : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly int port;
    private AppProcess? current;

    private CrashableApp(IReadOnlyDictionary<string, string> environment, int port, AppProcess current)
    {
        this.environment = environment;
        this.port = port;
        this.current = current;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>A client of the instance's address, whichever process serves it; calls fail while it is down.</summary>
    public HttpClient Client { get; }

    public int Kills { get; private set; }

    /// <summary>
    /// Settings of an instance that processes the inbound queue with its own listener and its sweeper (every second),
    /// with a short lease and grace period so that work a killed instance held is taken over within seconds.
    /// </summary>
    public static Dictionary<string, string> WorkerSettings(string connectionString, string prefix) => new()
    {
        ["AzureWebJobsStorage"] = connectionString,
        ["Storage__Prefix"] = prefix,
        ["LocalSettingsPath"] = "", // never a developer's local.settings.json
        ["Logging__LogLevel__Default"] = "Warning",
        ["Security__AllowAnonymous"] = "true", // a production-like process without keys
        ["ReferenceData__SeedFile"] = PipelineApp.SampleCatalogPath,
        ["DevHost__QueueListener"] = "true",
        ["DevHost__Timers"] = "true",
        ["InboundQueueSweepSchedule"] = "*/1 * * * * *",
        ["IdempotencyPurgeSchedule"] = "0 0 * * * *",
        ["InboundQueuePurgeSchedule"] = "0 30 * * * *",
        ["InboundQueue__LeaseDuration"] = "00:00:05",
        ["InboundQueue__NewEntryGracePeriod"] = "00:00:02",
        ["AzureFunctionsJobHost__extensions__queues__maxPollingInterval"] = "00:00:00.200",
    };

    public static async Task<CrashableApp> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var port = LocalPorts.Free();
        return new CrashableApp(environment, port, await StartProcessAsync(environment, port));
    }

    /// <summary>Kills the process hard and starts a new one in its place; returns once the new one answers /health.</summary>
    public async Task KillAndRestartAsync()
    {
        await current!.KillAsync();
        Kills++;
        await current.DisposeAsync();
        current = null; // if the new process fails to start, there is nothing left to dispose
        current = await StartProcessAsync(environment, port);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (current is not null) await current.DisposeAsync();
    }

    private static Task<AppProcess> StartProcessAsync(IReadOnlyDictionary<string, string> environment, int port) =>
        AppProcess.StartAsync(Path.GetTempPath(), environment, port, "--urls", $"http://127.0.0.1:{port}");
}
