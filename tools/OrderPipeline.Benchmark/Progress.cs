using System.Diagnostics;

namespace OrderPipeline.Benchmark;

/// <summary>Tells the person waiting what the benchmark is doing: a line per step, and a count each second during a load.</summary>
internal sealed class Progress
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public void Say(string message) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

    /// <summary>Reports <paramref name="done"/> once a second until <paramref name="finished"/> completes.</summary>
    public async Task WatchAsync(string what, int total, Func<int> done, Task finished)
    {
        var started = Stopwatch.StartNew();
        while (await Task.WhenAny(finished, Task.Delay(TimeSpan.FromSeconds(1))) != finished)
        {
            var count = done();
            Say($"  {what}: {count}/{total} ({count / started.Elapsed.TotalSeconds:F0}/s)");
        }
    }
}
