using System.Globalization;

namespace OrderPipeline.Benchmark;

/// <summary>
/// Samples a process's resident memory (VmRSS) from /proc every quarter second, and reads its high-water mark (VmHWM),
/// which the kernel keeps, at the end. Linux only.
/// </summary>
internal sealed class MemorySampler(int processId) : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private Task? sampling;
    private long peakRssKiB;
    private int samples;

    public static bool IsSupported(int processId) => File.Exists(StatusPath(processId));

    public void Start() => sampling = Task.Run(async () =>
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            do
            {
                if (ReadKiB(processId, "VmRSS:") is { } rss)
                {
                    peakRssKiB = Math.Max(peakRssKiB, rss);
                    samples++;
                }
            }
            while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by FinishAsync.
        }
    });

    public async Task<MemoryResult> FinishAsync()
    {
        await stop.CancelAsync();
        if (sampling is not null) await sampling;
        var hwm = ReadKiB(processId, "VmHWM:") ?? 0;
        var rss = ReadKiB(processId, "VmRSS:") ?? 0;
        return new MemoryResult(MiB(hwm), MiB(peakRssKiB), MiB(rss), samples);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (sampling is not null) await sampling;
        stop.Dispose();
    }

    private static double MiB(long kib) => Math.Round(kib / 1024.0, 1);

    private static string StatusPath(int processId) => $"/proc/{processId}/status";

    private static long? ReadKiB(int processId, string field)
    {
        try
        {
            var line = File.ReadLines(StatusPath(processId)).FirstOrDefault(line => line.StartsWith(field, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // the process has exited
        }
    }
}
