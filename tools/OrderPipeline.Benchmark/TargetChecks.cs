using System.Globalization;
using OrderPipeline.Benchmark.Results;

namespace OrderPipeline.Benchmark;

/// <summary>The targets of the performance issue, next to what this run measured.</summary>
internal static class TargetChecks
{
    /// <summary>Table entities per order the issue allows: a small sync order, a small async order end to end, a bulk line.</summary>
    public const double SyncEntities = 2;
    public const double AsyncEntities = 5;

    /// <summary>
    /// What the guard allows above those: work that is not any one order's (a sweep every 30 s, catalog records read
    /// again after their cache expiry) adds a few hundredths per order, more the longer a phase takes. An order's own cost
    /// rising by one entity is well above it.
    /// </summary>
    public const double BackgroundAllowance = 0.25;

    public static IReadOnlyList<TargetCheck> Evaluate(
        LoadResult? raw, SyncResult sync, AsyncResult async, BulkResult bulk, LargeOrderResult large, MemoryResult? memory)
    {
        var lines = large.Lines == 5000 ? "5,000-line order" : $"{large.Lines}-line order (target is for 5,000)";
        var done = large.FinalState == "Done";
        var accepted = async.Intake.Operations - async.Intake.Failures;
        return
        [
            Entities("entities per small sync order", sync.OperationsPerOrder, SyncEntities),
            Entities("entities per small async order, end to end", async.OperationsPerOrder, AsyncEntities),
            Entities("entities per bulk order line, end to end", bulk.OperationsPerOrder, AsyncEntities),
            Exactly("async orders created (none lost, none doubled)", accepted, async.OrdersCreated),
            Exactly("bulk orders created (none lost, none doubled)", bulk.Accepted, bulk.OrdersCreated),
            Ratio("async intake / raw inserts", async.Intake.PerSecond, raw?.PerSecond, 0.5),
            Ratio("async intake / sync intake", async.Intake.PerSecond, sync.Load.PerSecond, 2),
            Ratio("end to end / raw inserts", async.EndToEndPerSecond, raw?.PerSecond, 0.33),
            Ratio("end to end / sync intake", async.EndToEndPerSecond, sync.Load.PerSecond, 1),
            new($"{lines} accepted (async)", "< 0.5 s", Seconds(large.AsyncAcceptMs / 1000), large.AsyncAcceptMs < 500),
            new($"{lines} Done", "< 5 s", done ? Seconds(large.SecondsUntilDone) : large.FinalState, done && large.SecondsUntilDone < 5),
            new("app peak memory (VmHWM)", "< 300 MiB", memory is null ? "not measured" : $"{memory.PeakMiB:F0} MiB", memory is null ? null : memory.PeakMiB < 300),
        ];
    }

    private static TargetCheck Entities(string measure, StorageOperations? perOrder, double target)
    {
        var wanted = string.Create(CultureInfo.InvariantCulture, $"≤ {target} (+{BackgroundAllowance} background)");
        return perOrder is null
            ? new(measure, wanted, "not counted", null, Guarded: true)
            : new(measure, wanted, perOrder.Entities.ToString("0.##", CultureInfo.InvariantCulture), perOrder.Entities <= target + BackgroundAllowance, Guarded: true);
    }

    private static TargetCheck Exactly(string measure, int wanted, int measured) =>
        new(measure, $"= {wanted}", measured.ToString(CultureInfo.InvariantCulture), measured == wanted, Guarded: true);

    private static TargetCheck Ratio(string measure, double value, double? yardstick, double target) =>
        yardstick is not > 0
            ? new(measure, $"≥ {target.ToString(CultureInfo.InvariantCulture)}", "not measured", null)
            : new(measure, $"≥ {target.ToString(CultureInfo.InvariantCulture)}", (value / yardstick.Value).ToString("F2", CultureInfo.InvariantCulture),
                value / yardstick.Value >= target);

    private static string Seconds(double seconds) => seconds.ToString("F2", CultureInfo.InvariantCulture) + " s";
}
