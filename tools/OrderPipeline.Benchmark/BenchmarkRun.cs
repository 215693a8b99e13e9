using System.Diagnostics;
using System.Net;
using OrderPipeline.Benchmark.Results;

namespace OrderPipeline.Benchmark;

/// <summary>The phases, one after the other, each starting once the one before has drained, all at the same concurrency.</summary>
internal sealed class BenchmarkRun(BenchmarkTarget target, PipelineClient client, BenchmarkOptions options, Progress progress)
{
    private readonly DoneWatcher done = DoneWatcher.For(target, client, progress);
    private readonly string run = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<BenchmarkReport> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var machine = MachineInfo.Read();
        await using var memory = target.AppProcessId is { } pid && MemorySampler.IsSupported(pid) ? new MemorySampler(pid) : null;
        memory?.Start();

        await WarmUpAsync(cancellationToken);
        var raw = await RawInsertsAsync(cancellationToken);
        var sync = await SyncAsync(cancellationToken);
        var async = await AsyncAsync(cancellationToken);
        var bulk = await BulkAsync(cancellationToken);
        var large = await LargeOrderAsync(cancellationToken);
        var memoryResult = memory is null ? null : await memory.FinishAsync();

        var settings = new RunSettings(target.Description, options.Concurrency, options.Orders, options.RawInserts,
            options.BulkRequests, options.OrdersPerBulkRequest, options.LargeOrderLines, options.Quick);
        return new BenchmarkReport(startedAt, Math.Round(clock.Elapsed.TotalSeconds, 1), machine with { LoadAverageAtEnd = MachineInfo.LoadAverage() },
            settings, raw, sync, async, bulk, large, memoryResult, TargetChecks.Evaluate(raw?.Load, sync, async, bulk, large, memoryResult));
    }

    private async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var count = options.Quick ? 32 : 200;
        progress.Say($"Warming up: {count} sync and {count} async orders{(target.StorageConnection is null ? "" : ", 200 raw inserts")}");
        if (target.StorageConnection is { } connection)
        {
            await StorageCeiling.MeasureAsync(connection, 200, options.Concurrency, progress, cancellationToken);
        }

        var baseline = await FinishedAsync(cancellationToken);
        await LoadGenerator.RunAsync("warm-up sync", count, options.Concurrency, (i, token) => PostAsync($"WARM-S-{i}", async: false, token), progress, cancellationToken);
        await LoadGenerator.RunAsync("warm-up async", count, options.Concurrency, (i, token) => PostAsync($"WARM-A-{i}", async: true, token), progress, cancellationToken);
        await WaitUntilFinishedAsync(baseline + count, cancellationToken);
    }

    private async Task<RawResult?> RawInsertsAsync(CancellationToken cancellationToken)
    {
        if (target.StorageConnection is not { } connection)
        {
            progress.Say("Storage ceiling: skipped (no storage connection; pass --storage with --url)");
            return null;
        }

        progress.Say($"Storage ceiling: {options.RawInserts} single-entity inserts of ~1.5 KB, {options.Concurrency} at once");
        var meter = await PhaseMeter.StartAsync(client, target, done, cancellationToken);
        var load = await StorageCeiling.MeasureAsync(connection, options.RawInserts, options.Concurrency, progress, cancellationToken);
        var (_, cpu) = await meter.StopAsync(options.RawInserts, cancellationToken);
        return new RawResult(load, cpu);
    }

    private async Task<SyncResult> SyncAsync(CancellationToken cancellationToken)
    {
        progress.Say($"Sync intake: {options.Orders} small orders, {options.Concurrency} at once");
        var meter = await PhaseMeter.StartAsync(client, target, done, cancellationToken);
        var load = await LoadGenerator.RunAsync("sync", options.Orders, options.Concurrency,
            (i, token) => PostAsync($"SYNC-{run}-{i}", async: false, token), progress, cancellationToken);
        var (operations, cpu) = await meter.StopAsync(options.Orders, cancellationToken);
        return new SyncResult(load, operations, cpu);
    }

    private async Task<AsyncResult> AsyncAsync(CancellationToken cancellationToken)
    {
        progress.Say($"Async intake and end to end: {options.Orders} small orders, {options.Concurrency} at once, then until all are Done");
        var baseline = await SummaryAsync(cancellationToken);
        var ordersBefore = await client.CountProductOrdersAsync(cancellationToken);
        var meter = await PhaseMeter.StartAsync(client, target, done, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var intake = await LoadGenerator.RunAsync("async", options.Orders, options.Concurrency,
            (i, token) => PostAsync($"ASYNC-{run}-{i}", async: true, token), progress, cancellationToken);
        var accepted = intake.Operations - intake.Failures;
        var polls = done.SummaryPolls;
        var final = await WaitUntilFinishedAsync(Finished(baseline) + accepted, cancellationToken);
        polls = done.SummaryPolls - polls;
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var (operations, cpu) = await meter.StopAsync(accepted, cancellationToken);
        return new AsyncResult(intake, Math.Round(seconds, 2), accepted / seconds,
            final.GetValueOrDefault("Error") - baseline.GetValueOrDefault("Error"), polls, operations, cpu)
        {
            OrdersCreated = await client.CountProductOrdersAsync(cancellationToken) - ordersBefore,
        };
    }

    private async Task<BulkResult> BulkAsync(CancellationToken cancellationToken)
    {
        var (requests, perRequest) = (options.BulkRequests, options.OrdersPerBulkRequest);
        progress.Say($"Bulk intake: {requests} requests of {perRequest} orders (application/x-ndjson), up to {options.Concurrency} at once");
        var bodies = Enumerable.Range(0, requests).Select(r => BenchmarkOrders.Bulk($"BULK-{run}-{r}", perRequest)).ToArray();
        var baseline = await FinishedAsync(cancellationToken);
        var ordersBefore = await client.CountProductOrdersAsync(cancellationToken);
        var meter = await PhaseMeter.StartAsync(client, target, done, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var accepted = 0;
        var load = await LoadGenerator.RunAsync("bulk requests", requests, options.Concurrency, async (i, token) =>
        {
            var count = await client.PostBulkAsync(bodies[i], token);
            if (count > 0) Interlocked.Add(ref accepted, count);
            return count == perRequest;
        }, progress, cancellationToken);
        await WaitUntilFinishedAsync(baseline + accepted, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var (operations, cpu) = await meter.StopAsync(accepted, cancellationToken);
        return new BulkResult(perRequest, load, accepted, accepted / load.Seconds, Math.Round(seconds, 2), accepted / seconds, operations, cpu)
        {
            OrdersCreated = await client.CountProductOrdersAsync(cancellationToken) - ordersBefore,
        };
    }

    private async Task<LargeOrderResult> LargeOrderAsync(CancellationToken cancellationToken)
    {
        var lines = options.LargeOrderLines;
        progress.Say($"Large order: {lines} lines, async until Done, then the same order sync");
        var body = BenchmarkOrders.MultiSite($"LARGE-{run}", lines);

        var asyncMeter = await PhaseMeter.StartAsync(client, target, done, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var (status, id) = await client.PostOrderAsync(body, async: true, cancellationToken);
        var acceptMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var state = status == HttpStatusCode.Accepted ? "New" : $"refused ({(int)status})";
        while (id is not null && state is "New" or "InProgress")
        {
            await Task.Delay(100, cancellationToken);
            state = await client.EntryStateAsync(id, cancellationToken);
        }

        var untilDone = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var (asyncOperations, _) = await asyncMeter.StopAsync(1, cancellationToken);
        progress.Say($"  async: accepted in {acceptMs:F0} ms, {state} after {untilDone:F1} s");

        var syncMeter = await PhaseMeter.StartAsync(client, target, done, cancellationToken);
        started = Stopwatch.GetTimestamp();
        var (syncStatus, _) = await client.PostOrderAsync(body, async: false, cancellationToken);
        var syncMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var (syncOperations, _) = await syncMeter.StopAsync(1, cancellationToken);
        progress.Say($"  sync: {(int)syncStatus} in {syncMs:F0} ms");
        return new LargeOrderResult(lines, body.Length, Math.Round(acceptMs, 1), Math.Round(untilDone, 2), state,
            Math.Round(syncMs, 1), (int)syncStatus, asyncOperations, syncOperations);
    }

    private async Task<bool> PostAsync(string externalId, bool async, CancellationToken cancellationToken)
    {
        var (status, _) = await client.PostOrderAsync(BenchmarkOrders.Small(externalId), async, cancellationToken);
        return status == (async ? HttpStatusCode.Accepted : HttpStatusCode.Created);
    }

    private Task<Dictionary<string, int>> SummaryAsync(CancellationToken cancellationToken) => done.SummaryAsync(cancellationToken);

    private async Task<int> FinishedAsync(CancellationToken cancellationToken) => Finished(await SummaryAsync(cancellationToken));

    private static int Finished(Dictionary<string, int> summary) => DoneWatcher.Finished(summary);

    private Task<Dictionary<string, int>> WaitUntilFinishedAsync(int finished, CancellationToken cancellationToken) =>
        done.WaitAsync(finished, cancellationToken);
}
