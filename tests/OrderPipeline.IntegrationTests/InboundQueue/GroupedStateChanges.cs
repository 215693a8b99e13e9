using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.InboundQueue;

/// <summary>State changes written together in one transaction keep their ETag conditions one by one.</summary>
public sealed class GroupedStateChanges
{
    [Fact]
    public async Task StaleChangeAmongSimultaneousOnesFailsAloneAndTheOthersAreWritten()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var store = app.Services.GetRequiredService<IInboundEntryStore>();
        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(n => app.SubmitAsyncAsync(Orders.Sample($"CPQ-STALE-{n}"))));
        var entries = (await Task.WhenAll(ids.Select(id => store.FindAsync(id, CancellationToken.None)))).Select(entry => entry!).ToList();
        var stale = (await store.FindAsync(ids[5], CancellationToken.None))!;
        stale.Claim(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        Assert.True(await store.TryUpdateAsync(stale, CancellationToken.None)); // someone else claims entry 5 first

        foreach (var entry in entries) entry.Claim(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        var written = await Task.WhenAll(entries.Select(entry => store.TryUpdateAsync(entry, CancellationToken.None)));

        Assert.Equal(Enumerable.Range(0, 12).Select(n => n != 5), written);
        var reread = await Task.WhenAll(ids.Select(id => store.FindAsync(id, CancellationToken.None)));
        Assert.All(reread, entry => Assert.Equal(InboundState.InProgress, entry!.State));
        // Entry 5 keeps the other claimant's one-minute lease; the rest carry ours of five minutes.
        Assert.All(reread.Where((_, n) => n != 5), entry => Assert.True(entry!.LeaseUntil > DateTimeOffset.UtcNow.AddMinutes(4)));
        Assert.True(reread[5]!.LeaseUntil < DateTimeOffset.UtcNow.AddMinutes(2));
        Assert.Equal(1, reread[5]!.Attempts);
        var summary = await app.GetJsonAsync("/manage/inboundQueue/summary");
        Assert.Equal(12, summary["InProgress"]!.GetValue<int>());
        Assert.Equal(0, summary["New"]!.GetValue<int>());
    }
}
