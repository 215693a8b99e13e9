using System.Diagnostics;

namespace OrderPipeline.Benchmark;

/// <summary>Runs an operation a number of times with a fixed number in flight, timing each.</summary>
internal static class LoadGenerator
{
    /// <param name="operation">Does operation number i; true when it got the answer expected.</param>
    public static async Task<LoadResult> RunAsync(
        string what, int count, int concurrency, Func<int, CancellationToken, Task<bool>> operation, Progress progress, CancellationToken cancellationToken)
    {
        var latencies = new double[count];
        var next = -1;
        var done = 0;
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, Math.Min(concurrency, count)).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var begin = Stopwatch.GetTimestamp();
                if (!await operation(i, cancellationToken)) Interlocked.Increment(ref failures);
                latencies[i] = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
                Interlocked.Increment(ref done);
            }
        }, cancellationToken)).ToArray();
        var all = Task.WhenAll(workers);
        await progress.WatchAsync(what, count, () => Volatile.Read(ref done), all);
        await all;

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Array.Sort(latencies);
        return new LoadResult(count, failures, seconds, (count - failures) / seconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Length == 0 ? 0 : latencies[^1]);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
