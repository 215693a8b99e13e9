using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OrderPipeline.IntegrationTests.Faults;

/// <summary>
/// Two instances of the app (as the Functions scale controller runs them) on one storage account, each with its
/// queue listener and its sweeper: they race for the same entries, and still every order is created exactly once.
/// </summary>
[Collection(FaultSuite.Name)]
public sealed class TwoInstancesOnOneStorage(ITestOutputHelper output)
{
    private const int OrderCount = 200;

    [Fact]
    public async Task OrdersPostedToEitherInstanceAreEachCreatedExactlyOnce()
    {
        var connection = await SharedAzurite.ConnectionStringAsync();
        var prefix = PipelineApp.NewPrefix();
        var settings = CrashableApp.WorkerSettings(connection, prefix);
        settings["InboundQueue__NewEntryGracePeriod"] = "00:00:00.500"; // both sweepers race both listeners for New entries
        await using var first = await CrashableApp.StartAsync(settings);
        await using var second = await CrashableApp.StartAsync(settings);
        var accepted = new AcceptedOrders();

        var started = DateTime.UtcNow;
        await AsyncIntake.SubmitMixedOrdersAsync([first.Client, second.Client], accepted, OrderCount);
        var settled = await InboundSummary.WaitUntilSettledAsync(second.Client, TimeSpan.FromSeconds(60));
        var elapsed = DateTime.UtcNow - started;

        var audit = await accepted.AuditAsync(new PipelineStorage(connection, prefix));
        var entries = new ConcurrentBag<JsonObject>();
        await Parallel.ForEachAsync(accepted.Ids.Select((id, n) => (id, n)), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (pair, _) =>
            entries.Add((await (pair.n % 2 == 0 ? first : second).Client.GetFromJsonAsync<JsonObject>($"/manage/inboundQueue/{pair.id}"))!));
        var doneTransitions = entries.ToDictionary(
            entry => entry["id"]!.GetValue<string>(),
            entry => entry["history"]!.AsArray().Count(step => step!["state"]!.GetValue<string>() == "Done"));
        var claimedTwice = entries.Count(entry => entry["attempts"]!.GetValue<int>() > 1);

        output.WriteLine($"orders {accepted.Count} ({accepted.ExpectedLineRows} lines) over 2 instances, settled after {elapsed.TotalSeconds:F1}s: {settled}");
        output.WriteLine($"lost {audit.Lost}, doubled {audit.Doubled}, entries claimed more than once {claimedTwice}; {audit}");

        Assert.Equal(new InboundSummary(0, 0, OrderCount, 0), settled);
        audit.AssertEveryOrderCreatedOnceAndWhole();
        Assert.Equal(OrderCount, doneTransitions.Count);
        Assert.All(doneTransitions, pair => Assert.True(pair.Value == 1, $"entry {pair.Key} went to Done {pair.Value} times"));
    }
}
