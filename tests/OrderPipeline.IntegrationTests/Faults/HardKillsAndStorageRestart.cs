using System.Diagnostics;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OrderPipeline.IntegrationTests.Faults;

/// <summary>
/// The processing app killed hard (SIGKILL) at several points and its storage restarted while orders are in flight:
/// afterwards every accepted order exists exactly once with all its lines, and every entry is Done.
/// </summary>
[Collection(FaultSuite.Name)]
public sealed class HardKillsAndStorageRestart(ITestOutputHelper output)
{
    private const int OrderCount = 300;

    [Fact]
    public async Task EveryAcceptedOrderIsCreatedOnceAndWholeThroughHardKillsAndAStorageRestart()
    {
        await using var storage = await DurableAzurite.StartAsync();
        var prefix = PipelineApp.NewPrefix();
        var accepted = new AcceptedOrders();

        // Intake first, through an instance that does not process, so that all orders are in flight when the faults start.
        await using (var intake = await PipelineApp.StartAsync(IntakeOnly(storage.ConnectionString), prefix))
        {
            await AsyncIntake.SubmitMixedOrdersAsync([intake.Client], accepted, OrderCount);
        }

        var clock = Stopwatch.StartNew();
        await using var worker = await CrashableApp.StartAsync(CrashableApp.WorkerSettings(storage.ConnectionString, prefix));
        foreach (var (doneFraction, fault) in new[] { (0.10, "kill"), (0.40, "kill"), (0.55, "storage restart"), (0.70, "kill") })
        {
            var at = await Eventually.WaitForAsync(
                () => InboundSummary.ReadAsync(worker.Client), summary => summary.Done >= doneFraction * OrderCount,
                $"{doneFraction:P0} of the entries to be Done", TimeSpan.FromSeconds(90));
            if (fault == "kill") await worker.KillAndRestartAsync();
            else await storage.RestartAsync(downtime: TimeSpan.FromSeconds(2));
            output.WriteLine($"{clock.Elapsed.TotalSeconds,5:F1}s {fault} at {at}");
        }

        var settled = await InboundSummary.WaitUntilSettledAsync(worker.Client, TimeSpan.FromSeconds(90));
        var processingTime = clock.Elapsed;
        var audit = await accepted.AuditAsync(new PipelineStorage(storage.ConnectionString, prefix));
        var entries = await InboundSummary.ListAllAsync(worker.Client);

        output.WriteLine($"orders in flight {accepted.Count} ({accepted.ExpectedLineRows} lines), kills {worker.Kills}, storage restarts {storage.Restarts}");
        output.WriteLine($"settled after {processingTime.TotalSeconds:F1}s: {settled}");
        output.WriteLine($"lost {audit.Lost}, doubled {audit.Doubled}, incomplete {audit.Incomplete}, unexpected {audit.Unexpected}; {audit}");
        output.WriteLine($"attempts per entry: {Histogram(entries)}");
        foreach (var failed in entries.Where(entry => entry["state"]!.GetValue<string>() != "Done"))
        {
            output.WriteLine($"not Done: {failed.ToJsonString()}");
        }

        Assert.Equal(3, worker.Kills);
        Assert.Equal(1, storage.Restarts);
        Assert.Equal(new InboundSummary(0, 0, OrderCount, 0), settled);
        audit.AssertEveryOrderCreatedOnceAndWhole();
        Assert.Equal(accepted.Ids.Order(StringComparer.Ordinal), entries.Select(entry => entry["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RetriedSubmissionsDuringHardKillsCreateOneOrderPerIdempotencyKey()
    {
        await using var storage = await DurableAzurite.StartAsync();
        var prefix = PipelineApp.NewPrefix();
        await using var app = await CrashableApp.StartAsync(CrashableApp.WorkerSettings(storage.ConnectionString, prefix));
        var accepted = new AcceptedOrders();
        var keys = Enumerable.Range(0, 150).Select(n => (Key: Guid.NewGuid().ToString(), ExternalId: $"CPQ-RETRY-{n:D4}", Lines: 1 + n % 30)).ToList();
        var answered = 0;
        var retries = 0;

        var clients = Task.Run(() => Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (order, _) =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    // The same key and the same body, however often the client has to send it.
                    var response = await app.Client.PostAsyncOrderAsync(Orders.MultiSite(order.Lines, order.ExternalId), order.Key);
                    if ((int)response.StatusCode >= 500) throw new HttpRequestException($"answered {(int)response.StatusCode}");
                    accepted.Add(await response.AcceptedIdAsync(), order.ExternalId, order.Lines);
                    Interlocked.Increment(ref answered);
                    return;
                }
                catch (HttpRequestException) when (attempt < 300)
                {
                    // No answer (refused, reset, or the server went away mid-request): send it again.
                    Interlocked.Increment(ref retries);
                    await Task.Delay(200);
                }
            }
        }));

        // Kill the instance while it takes orders in: at about a fifth, a half and four fifths of the submissions.
        foreach (var fraction in new[] { 0.2, 0.5, 0.8 })
        {
            while (Volatile.Read(ref answered) < fraction * keys.Count && !clients.IsCompleted) await Task.Delay(20);
            await app.KillAndRestartAsync();
        }

        await clients;
        var settled = await InboundSummary.WaitUntilSettledAsync(app.Client, TimeSpan.FromSeconds(90));
        var audit = await accepted.AuditAsync(new PipelineStorage(storage.ConnectionString, prefix));
        output.WriteLine($"distinct keys {keys.Count}, retries {retries}, kills {app.Kills}, 202 ids {accepted.Count}, settled {settled}");
        output.WriteLine($"lost {audit.Lost}, doubled {audit.Doubled}; {audit}");

        Assert.Equal(keys.Count, accepted.Count);
        Assert.Equal(keys.Count, audit.Created);
        audit.AssertEveryOrderCreatedOnceAndWhole();
        Assert.Equal(new InboundSummary(0, 0, keys.Count, 0), settled);
    }

    private static Dictionary<string, string?> IntakeOnly(string connectionString) => new()
    {
        ["AzureWebJobsStorage"] = connectionString,
        ["DevHost:QueueListener"] = "false",
        ["DevHost:Timers"] = "false",
    };

    private static string Histogram(IEnumerable<JsonObject> entries) => string.Join(", ", entries
        .GroupBy(entry => entry["attempts"]!.GetValue<int>()).OrderBy(group => group.Key)
        .Select(group => $"{group.Key}×{group.Count()}"));
}
