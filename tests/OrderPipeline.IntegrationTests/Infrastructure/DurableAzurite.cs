using OrderPipeline.LocalDev;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// An Azurite of the test's own with its data on disk (a temp folder), so it can be stopped and started again on the
/// same ports with everything it held — storage going away under a running app and coming back.
/// </summary>
public sealed class DurableAzurite : IAsyncDisposable
{
    private readonly string dataFolder;
    private AzuriteProcess process;

    private DurableAzurite(string dataFolder, AzuriteProcess process)
    {
        this.dataFolder = dataFolder;
        this.process = process;
    }

    public string ConnectionString => process.Endpoints.ConnectionString;
    public int Restarts { get; private set; }

    public static async Task<DurableAzurite> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("azurite-durable").FullName;
        var process = await AzuriteProcess.StartAsync(SharedAzurite.RepositoryRootPath, AzuriteEndpoints.FreePorts(), folder, CancellationToken.None);
        return new DurableAzurite(folder, process);
    }

    /// <summary>Stops Azurite, leaves storage unreachable for <paramref name="downtime"/>, and starts it again on the same ports and data.</summary>
    public async Task RestartAsync(TimeSpan downtime)
    {
        var endpoints = process.Endpoints;
        await process.StopAsync(TimeSpan.FromSeconds(10));
        await process.DisposeAsync();
        await Task.Delay(downtime);
        process = await AzuriteProcess.StartAsync(SharedAzurite.RepositoryRootPath, endpoints, dataFolder, CancellationToken.None);
        Restarts++;
    }

    /// <summary>Stops Azurite: storage is unreachable until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        await process.StopAsync(TimeSpan.FromSeconds(10));
        await process.DisposeAsync();
    }

    /// <summary>Starts Azurite again after <see cref="StopAsync"/>, on the same ports and data.</summary>
    public async Task StartAgainAsync()
    {
        process = await AzuriteProcess.StartAsync(SharedAzurite.RepositoryRootPath, process.Endpoints, dataFolder, CancellationToken.None);
        Restarts++;
    }

    public async ValueTask DisposeAsync()
    {
        await process.DisposeAsync();
        Directory.Delete(dataFolder, recursive: true);
    }
}
