using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OrderPipeline.LocalDev;

/// <summary>
/// An Azurite started from the repository's node_modules (installed with npm on first use).
/// Disposing it stops it.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly Process process;

    private AzuriteProcess(Process process, AzuriteEndpoints endpoints)
    {
        this.process = process;
        Endpoints = endpoints;
    }

    public AzuriteEndpoints Endpoints { get; }

    /// <summary>The id of the Azurite (node) process, to watch its CPU and memory.</summary>
    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <param name="repositoryRoot">Where package.json is.</param>
    /// <param name="endpoints">The ports to listen on.</param>
    /// <param name="dataLocation">A folder to keep data in, or null to keep it in memory only.</param>
    /// <param name="cancellationToken">Cancels the wait for Azurite to listen.</param>
    public static async Task<AzuriteProcess> StartAsync(
        string repositoryRoot, AzuriteEndpoints endpoints, string? dataLocation, CancellationToken cancellationToken)
    {
        var azurite = Path.Combine(repositoryRoot, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            await NpmInstallAsync(repositoryRoot, cancellationToken);
        }

        var arguments = new List<string>
        {
            // Without --disableTelemetry Azurite sends usage data and, after Ctrl+C or SIGTERM, keeps running for its exporter.
            "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", $"{endpoints.BlobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{endpoints.QueuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{endpoints.TablePort}",
        };
        arguments.AddRange(dataLocation is null ? ["--inMemoryPersistence"] : ["--location", dataLocation]);

        var start = new ProcessStartInfo(azurite) { WorkingDirectory = repositoryRoot, UseShellExecute = false };
        arguments.ForEach(start.ArgumentList.Add);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {azurite}.");
        var started = new AzuriteProcess(process, endpoints);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!endpoints.AllListening())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await started.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not start listening on {endpoints} (exit code {(process.HasExited ? process.ExitCode : "none")}).");
            }

            await Task.Delay(200, cancellationToken);
        }

        return started;
    }

    /// <summary>
    /// Stops Azurite as Ctrl+C would, so it writes its data folder before it exits; a kill loses what it took in
    /// during its last autosave interval (five seconds). Kills it if it has not exited after <paramref name="grace"/>.
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (process.HasExited)
        {
            return;
        }

        if (OperatingSystem.IsWindows() || SendSignal(process.Id, SignalTerminate) != 0)
        {
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static async Task NpmInstallAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        // npm ci installs exactly what package-lock.json names; the lock file is committed.
        var start = new ProcessStartInfo("npm") { WorkingDirectory = repositoryRoot, UseShellExecute = false };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" }) start.ArgumentList.Add(argument);
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("Could not start npm; install Node.js.");
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"'npm ci' in {repositoryRoot} failed with exit code {npm.ExitCode}.");
        }
    }

    private const int SignalTerminate = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int processId, int signal);
}
