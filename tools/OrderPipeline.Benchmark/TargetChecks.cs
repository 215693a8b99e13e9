using System.Globalization;
using OrderPipeline.Benchmark.Results;

namespace OrderPipeline.Benchmark;

/// <summary>The targets of the performance issue, next to what this run measured.</summary>
internal static class TargetChecks
{
    public static IReadOnlyList<TargetCheck> Evaluate(
        LoadResult? raw, SyncResult sync, AsyncResult async, LargeOrderResult large, MemoryResult? memory)
    {
        var lines = large.Lines == 5000 ? "5,000-line order" : $"{large.Lines}-line order (target is for 5,000)";
        var done = large.FinalState == "Done";
        return
        [
            Ratio("async intake / raw inserts", async.Intake.PerSecond, raw?.PerSecond, 0.5),
            Ratio("end to end / raw inserts", async.EndToEndPerSecond, raw?.PerSecond, 0.33),
            Ratio("async intake / sync intake", async.Intake.PerSecond, sync.Load.PerSecond, 2),
            new($"{lines} accepted (async)", "< 1 s", Seconds(large.AsyncAcceptMs / 1000), large.AsyncAcceptMs < 1000),
            new($"{lines} Done", "< 10 s", done ? Seconds(large.SecondsUntilDone) : large.FinalState, done && large.SecondsUntilDone < 10),
            new("app peak memory (VmHWM)", "< 400 MiB", memory is null ? "not measured" : $"{memory.PeakMiB:F0} MiB", memory is null ? null : memory.PeakMiB < 400),
        ];
    }

    private static TargetCheck Ratio(string measure, double value, double? yardstick, double target) =>
        yardstick is not > 0
            ? new(measure, $"≥ {target.ToString(CultureInfo.InvariantCulture)}", "not measured", null)
            : new(measure, $"≥ {target.ToString(CultureInfo.InvariantCulture)}", (value / yardstick.Value).ToString("F2", CultureInfo.InvariantCulture),
                value / yardstick.Value >= target);

    private static string Seconds(double seconds) => seconds.ToString("F2", CultureInfo.InvariantCulture) + " s";
}
