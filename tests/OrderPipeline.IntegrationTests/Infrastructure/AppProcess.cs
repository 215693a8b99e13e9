using System.Diagnostics;
using System.Net;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>The development host started as its own process, as a developer starts it with <c>dotnet run</c>.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();

    private AppProcess(Process process, HttpClient client)
    {
        this.process = process;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>The kernel's high-water mark of the process's resident memory (VmHWM), in MiB.</summary>
    public double PeakMemoryMiB => File.ReadLines($"/proc/{process.Id}/status")
        .Where(line => line.StartsWith("VmHWM:", StringComparison.Ordinal))
        .Select(line => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024)
        .Single();

    /// <summary>What the process has written so far, standard output and error, a line each.</summary>
    public IReadOnlyCollection<string> Output => output;

    /// <param name="workingDirectory">Where the process starts.</param>
    /// <param name="environment">Environment variables for the process.</param>
    /// <param name="port">The port the app is expected to listen on.</param>
    /// <param name="arguments">Command-line arguments after the app's dll.</param>
    public static async Task<AppProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, int port, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrderPipeline.DevHost.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var process = Process.Start(start)!;
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var started = new AppProcess(process, client);
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) started.output.Enqueue(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) started.output.Enqueue(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await started.IsHealthyAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await started.DisposeAsync();
                Assert.Fail($"The app did not answer /health on port {port} (exited: {process.HasExited}).");
            }

            await Task.Delay(200);
        }

        return started;
    }

    /// <summary>Kills the process hard (SIGKILL on Linux): no shutdown, no flush, in-flight work cut wherever it was.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task<bool> IsHealthyAsync()
    {
        try
        {
            return (await Client.GetAsync("/health")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
