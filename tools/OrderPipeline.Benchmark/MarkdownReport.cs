using System.Globalization;
using System.Text;
using OrderPipeline.Benchmark.Results;

namespace OrderPipeline.Benchmark;

/// <summary>The report as Markdown: the figures, the targets next to them, where the CPU went, and the machine.</summary>
internal static class MarkdownReport
{
    public static string Render(BenchmarkReport report)
    {
        var (m, s) = (report.Machine, report.Settings);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# OrderPipeline benchmark, {report.StartedAt:yyyy-MM-dd HH:mm} UTC").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {m.Processors} CPUs ({m.CpuModel}), {m.MemoryGiB} GiB; {m.OperatingSystem}; {m.Runtime}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Load average (1, 5, 15 min): {m.LoadAverageAtStart} at start, {m.LoadAverageAtEnd} at the end");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Measured: {s.Target}; client concurrency {s.Concurrency}{(s.Quick ? "; --quick (small counts)" : "")}; run took {report.DurationSeconds:F0} s");
        text.AppendLine();

        var large = report.LargeOrder;
        var lines = large.Lines.ToString("N0", CultureInfo.InvariantCulture);
        text.AppendLine("| Measure | Orders | Orders/s | p50 ms | p99 ms | Storage requests/order (table+queue+blob); table entities/order | App CPU ms/order |");
        text.AppendLine("|---|---:|---:|---:|---:|---|---:|");
        if (report.RawInserts is { } raw)
        {
            text.AppendLine(Row("Storage ceiling: raw 1.5 KB inserts", raw.Load.Operations, raw.Load.PerSecond, raw.Load.P50Ms, raw.Load.P99Ms, "1 (by definition)", raw.Cpu));
        }

        var (sync, async, bulk) = (report.Sync, report.Async, report.Bulk);
        text.AppendLine(Row("Sync intake (201)", sync.Load.Operations, sync.Load.PerSecond, sync.Load.P50Ms, sync.Load.P99Ms, Ops(sync.OperationsPerOrder), sync.Cpu));
        text.AppendLine(Row("Async intake (202)", async.Intake.Operations, async.Intake.PerSecond, async.Intake.P50Ms, async.Intake.P99Ms, "see end to end", null));
        text.AppendLine(Row($"End to end (first POST until all Done, {async.SecondsUntilDone:F1} s)", async.Intake.Operations - async.Intake.Failures,
            async.EndToEndPerSecond, null, null, Ops(async.OperationsPerOrder), async.Cpu));
        text.AppendLine(Row($"Bulk intake ({bulk.Requests.Operations} × {bulk.OrdersPerRequest} orders, 207; latency per request)", bulk.Accepted,
            bulk.IntakeOrdersPerSecond, bulk.Requests.P50Ms, bulk.Requests.P99Ms, "see bulk end to end", null));
        text.AppendLine(Row($"Bulk end to end (until all Done, {bulk.SecondsUntilDone:F1} s)", bulk.Accepted, bulk.EndToEndPerSecond, null, null,
            Ops(bulk.OperationsPerOrder), bulk.Cpu));
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {lines}-line order ({large.Bytes / 1024} KiB): async accepted | 1 | | {large.AsyncAcceptMs:F0} | | {Ops(large.AsyncOperations)} (accept and process) | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| {lines}-line order: async until {large.FinalState} | 1 | | {large.SecondsUntilDone * 1000:F0} | | | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| {lines}-line order: sync ({large.SyncStatus}) | 1 | | {large.SyncMs:F0} | | {Ops(large.SyncOperations)} | |");
        text.AppendLine();
        AppendFailures(text, report);

        text.AppendLine("| Target | Wanted | Measured | Met |").AppendLine("|---|---|---|---|");
        foreach (var check in report.Targets)
        {
            var measure = check.Guarded ? check.Measure + " (guarded)" : check.Measure;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {check.Target} | {check.Measured} | {check.Met switch { true => "yes", false => "**no**", null => "n/a" }} |");
        }

        text.AppendLine();
        if (report.Memory is { } memory)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"App memory: peak {memory.PeakMiB:F0} MiB (VmHWM); highest sampled VmRSS {memory.PeakSampledRssMiB:F0} MiB ({memory.Samples} samples); {memory.FinalRssMiB:F0} MiB at the end.").AppendLine();
        }

        AppendCpu(text, report);
        text.AppendLine("Storage requests are counted in the app's Azure SDK pipeline (`GET /manage/diagnostics/storageOperations`, retries included, " +
            "a table transaction counts once), divided by the orders of the phase; they include the app's idle queue polling and sweeps. " +
            "Table entities are those the successful requests inserted, updated, merged, deleted or read (a transaction counts its operations, " +
            "a query the rows it returned). Left out: the benchmark's inbound queue summaries while waiting for Done " +
            $"({async.SummaryPolls} in the end-to-end phase, each reading every inbound entry; asked for only when the inbound queue is empty, " +
            "so nothing else runs meanwhile). Guarded figures do not depend on timing; `--check` fails the run when one misses its target.");
        return text.ToString();
    }

    private static void AppendFailures(StringBuilder text, BenchmarkReport report)
    {
        var failures = (report.RawInserts?.Load.Failures ?? 0) + report.Sync.Load.Failures + report.Async.Intake.Failures + report.Bulk.Requests.Failures;
        if (failures > 0 || report.Async.Errors > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"**{failures} requests did not get the expected answer and {report.Async.Errors} entries ended in Error; see app.log.**").AppendLine();
        }
    }

    private static void AppendCpu(StringBuilder text, BenchmarkReport report)
    {
        var phases = new (string Name, CpuUse? Cpu)[] { ("Raw inserts (per insert)", report.RawInserts?.Cpu), ("Sync intake", report.Sync.Cpu), ("Async, end to end", report.Async.Cpu), ("Bulk, end to end", report.Bulk.Cpu) };
        if (phases.All(phase => phase.Cpu is null)) return;
        var cores = phases.First(phase => phase.Cpu is not null).Cpu!.Cores;
        text.AppendLine(CultureInfo.InvariantCulture, $"CPU: cores busy on average during each phase, of {cores} (\"other\" is everything else on the machine):").AppendLine();
        text.AppendLine("| Phase | App | Azurite | Benchmark client | Other | App ms/order | Azurite ms/order |").AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, cpu) in phases.Where(phase => phase.Cpu is not null))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {cpu!.App:F2} | {cpu.Azurite:F2} | {cpu.Client:F2} | {cpu.Other:F2} | {cpu.AppMsPerOrder:F1} | {cpu.AzuriteMsPerOrder:F1} |");
        }

        text.AppendLine();
    }

    private static string Row(string measure, int orders, double perSecond, double? p50, double? p99, string operations, CpuUse? cpu) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {measure} | {orders} | {perSecond:F0} | {p50?.ToString("F1", CultureInfo.InvariantCulture)} | {p99?.ToString("F1", CultureInfo.InvariantCulture)} | {operations} | {cpu?.AppMsPerOrder.ToString("F1", CultureInfo.InvariantCulture)} |");

    private static string Ops(StorageOperations? operations) =>
        operations is null ? "not counted" : string.Create(CultureInfo.InvariantCulture,
            $"{operations.Total:0.##} ({operations.Table:0.##}+{operations.Queue:0.##}+{operations.Blob:0.##}); {operations.Entities:0.##}");
}
