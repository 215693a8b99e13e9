using OrderPipeline.LocalDev;

namespace OrderPipeline.Benchmark;

/// <summary>
/// What is measured: an Azurite and the app this tool starts (everything measurable), or an app at a URL
/// (no memory; raw inserts only with --storage).
/// </summary>
internal sealed class BenchmarkTarget : IAsyncDisposable
{
    /// <summary>
    /// For <c>--check</c>: on a slow machine a phase can outlast the sweeper's grace period, and the sweeper then takes
    /// entries still waiting in the queue as lost and reads them; that depends on timing, so the guard keeps it out.
    /// </summary>
    private static readonly Dictionary<string, string> GuardSettings = new() { ["InboundQueue__NewEntryGracePeriod"] = "00:10:00" };

    private readonly AzuriteProcess? azurite;
    private readonly AppUnderTest? app;

    private BenchmarkTarget(Uri address, string? storageConnection, AzuriteProcess? azurite, AppUnderTest? app)
    {
        Address = address;
        StorageConnection = storageConnection;
        this.azurite = azurite;
        this.app = app;
    }

    public Uri Address { get; }
    public string? StorageConnection { get; }

    /// <summary>The app's process id, when this tool started it (memory is read from /proc).</summary>
    public int? AppProcessId => app?.ProcessId;

    public int? AzuriteProcessId => azurite?.ProcessId;

    /// <summary>The app's inbound queue, when this tool started the app and so knows its storage prefix.</summary>
    public string? InboundQueueName => app is null ? null : $"{app.Prefix}inbound-orders";

    /// <summary>Why the run cannot go on, when a process this tool started has exited under it.</summary>
    public string? Exited => app is { HasExited: true } ? "The app exited during the run; see app.log beside the report."
        : azurite is { HasExited: true } ? "Azurite exited during the run." : null;

    public string Description => app is null ? $"the app at {Address}" : "Azurite (in memory) and the app, both started by the benchmark";

    public static async Task<BenchmarkTarget> StartAsync(BenchmarkOptions options, Progress progress, CancellationToken cancellationToken)
    {
        if (options.Url is not null)
        {
            return new BenchmarkTarget(options.Url, options.StorageConnection, null, null);
        }

        var root = RepositoryRoot.FindFrom(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        progress.Say("Starting Azurite on free ports, in memory");
        var azurite = await AzuriteProcess.StartAsync(root, AzuriteEndpoints.FreePorts(), dataLocation: null, cancellationToken);
        try
        {
            progress.Say($"Starting the app: {options.AppPath}");
            Directory.CreateDirectory(options.OutputDirectory);
            var logPath = Path.Combine(options.OutputDirectory, "app.log");
            var catalogPath = Path.Combine(root, "samples", "reference-data.json");
            var app = await AppUnderTest.StartAsync(options.AppPath, azurite.Endpoints.ConnectionString, catalogPath, logPath,
                options.Check ? GuardSettings : new Dictionary<string, string>(), cancellationToken);
            return new BenchmarkTarget(app.Address, azurite.Endpoints.ConnectionString, azurite, app);
        }
        catch (Exception)
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        if (azurite is not null) await azurite.DisposeAsync();
    }
}
