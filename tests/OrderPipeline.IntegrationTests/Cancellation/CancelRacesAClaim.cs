using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OrderPipeline.IntegrationTests.Cancellation;

/// <summary>
/// A cancel sent at the moment a processor claims the same New entry: exactly one of them wins, on the entry's ETag.
/// Each order ends either Cancelled and never created, or created (and then cancelled, if the cancel came after) —
/// never both, and the loser's answer says what happened.
/// </summary>
public sealed class CancelRacesAClaim(ITestOutputHelper output)
{
    private const int Runs = 40;

    [Fact]
    public async Task EachOrderEndsCancelledAndNeverCreatedOrCreatedNeverBoth()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var processor = app.Services.GetRequiredService<InboundProcessor>();
        var ids = new List<string>();
        for (var n = 0; n < Runs; n++)
        {
            ids.Add(await app.SubmitAsyncAsync(Orders.Sample($"CPQ-RACE-{n:D2}")));
        }

        var outcomes = await Task.WhenAll(ids.Select(async (id, n) =>
        {
            // The processor starts 0 to 270 ms after the cancel, which takes a few storage requests before its own write:
            // so each side wins some of the races, and some are decided on the ETag.
            var cancel = app.CancelAsync(OrderKind.Product, id);
            var process = Later(TimeSpan.FromMilliseconds(n % 10 * 30), () => processor.ProcessAsync(id, 1, CancellationToken.None));
            return (Id: id, Cancel: await cancel, Processed: await process);
        }));

        var tally = new Dictionary<string, int>();
        foreach (var (id, cancel, processed) in outcomes)
        {
            var entry = await app.EntryAsync(id);
            var state = entry["state"]!.GetValue<string>();
            var (headers, _) = app.CountOrderRows(id);
            var order = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");
            var key = $"entry {state}, cancel {(int)cancel.StatusCode}, processor {processed}";
            tally[key] = tally.GetValueOrDefault(key) + 1;
            if (state == "Cancelled")
            {
                // The cancel won: the order was never created, and the processor found nothing to do.
                Assert.Equal(HttpStatusCode.Created, cancel.StatusCode);
                Assert.Equal(0, headers);
                Assert.Equal(ProcessOutcome.NothingToDo, processed);
                Assert.Equal("cancelled", order["state"]!.GetValue<string>());
            }
            else
            {
                // The processor won: the order was created; a cancel that came after cancelled the created order, one
                // that came while it was being created was told to try again.
                Assert.Equal("Done", state);
                Assert.Equal(ProcessOutcome.Done, processed);
                Assert.Equal(1, headers);
                Assert.DoesNotContain(entry["history"]!.AsArray(), step => step!["state"]!.GetValue<string>() == "Cancelled");
                if (cancel.StatusCode == HttpStatusCode.Created)
                {
                    Assert.Equal("cancelled", order["state"]!.GetValue<string>());
                }
                else
                {
                    var error = await cancel.AssertTmfErrorAsync(HttpStatusCode.Conflict, "conflict");
                    Assert.Matches("being created|was created while", error["message"]!.GetValue<string>());
                    Assert.Equal("acknowledged", order["state"]!.GetValue<string>());
                }
            }
        }

        foreach (var (outcome, count) in tally.OrderBy(pair => pair.Key)) output.WriteLine($"{count,3} × {outcome}");
        Assert.Contains(tally.Keys, key => key.StartsWith("entry Cancelled", StringComparison.Ordinal));
        Assert.Contains(tally.Keys, key => key.StartsWith("entry Done", StringComparison.Ordinal));
    }

    private static async Task<T> Later<T>(TimeSpan delay, Func<Task<T>> start)
    {
        await Task.Delay(delay);
        return await start();
    }
}
