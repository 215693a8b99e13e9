using System.Diagnostics;
using System.Net;
using OrderPipeline.LocalDev;

namespace OrderPipeline.Benchmark;

/// <summary>
/// The function app served by the built development host, as its own process (its own queue listener and timers), in the
/// Production environment, with its console output in a log file beside the report.
/// </summary>
internal sealed class AppUnderTest : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;

    private AppUnderTest(Process process, StreamWriter log, Uri address, string prefix)
    {
        this.process = process;
        this.log = log;
        Address = address;
        Prefix = prefix;
    }

    public Uri Address { get; }

    /// <summary>The app's <c>Storage__Prefix</c>: its inbound queue is <c>{Prefix}inbound-orders</c>.</summary>
    public string Prefix { get; }
    public int ProcessId => process.Id;
    public bool HasExited => process.HasExited;

    public static async Task<AppUnderTest> StartAsync(
        string appPath, string storageConnection, string catalogPath, string logPath, IReadOnlyDictionary<string, string> extraSettings, CancellationToken cancellationToken)
    {
        if (!File.Exists(appPath))
        {
            throw new FileNotFoundException($"The app is not built at {appPath}; build with -c Release or pass --app.", appPath);
        }

        var port = LocalPorts.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appPath)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(appPath);
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..6];
        foreach (var (name, value) in Settings(storageConnection, prefix, port, catalogPath).Concat(extraSettings)) start.Environment[name] = value;

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {appPath}.");
        process.OutputDataReceived += (_, line) => Write(log, line.Data);
        process.ErrorDataReceived += (_, line) => Write(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new AppUnderTest(process, log, new Uri($"http://127.0.0.1:{port}"), prefix);
        using var probe = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await IsHealthyAsync(probe, cancellationToken))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await app.DisposeAsync();
                throw new InvalidOperationException($"The app did not answer /health on port {port}; see {logPath}.");
            }

            await Task.Delay(200, cancellationToken);
        }

        return app;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        lock (log) log.Dispose();
    }

    private static Dictionary<string, string> Settings(string storageConnection, string prefix, int port, string catalogPath) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        ["AzureWebJobsStorage"] = storageConnection,
        ["Storage__Prefix"] = prefix,
        ["LocalSettingsPath"] = "", // never a developer's local.settings.json
        ["Security__AllowAnonymous"] = "true",
        ["ReferenceData__SeedFile"] = catalogPath, // the orders sent are valid against the sample catalog
        ["DevHost__QueueListener"] = "true",
        ["DevHost__Timers"] = "true",
        ["InboundQueueSweepSchedule"] = "*/30 * * * * *",
        ["IdempotencyPurgeSchedule"] = "0 0 * * * *",
        ["InboundQueuePurgeSchedule"] = "0 30 * * * *",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            if (log.BaseStream.CanWrite) log.WriteLine(line);
        }
    }

    private static async Task<bool> IsHealthyAsync(HttpClient probe, CancellationToken cancellationToken)
    {
        try
        {
            return (await probe.GetAsync("/health", cancellationToken)).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
