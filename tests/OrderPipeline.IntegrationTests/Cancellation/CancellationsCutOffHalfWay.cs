using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Cancellation;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Cancellation;

/// <summary>
/// A cancel whose request died after its task was received, and was never sent again: the timer-triggered sweep carries
/// it on before it takes stalled entries, so the order is cancelled and never created.
/// </summary>
public sealed class CancellationsCutOffHalfWay
{
    [Fact]
    public async Task TheSweepCancelsTheOrderOfATaskLeftReceived()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.SweeperOnly(newEntryGrace: "00:00:01"));
        var id = await app.SubmitAsyncAsync(Orders.Sample("CPQ-CANCEL-CUT-OFF"));
        // As a cancel leaves it when its process dies right after the first step: the task received, the entry still New.
        var task = CancelOrderTask.Receive(OrderType.Product, id, "ordered twice", null, DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.True(await app.Services.GetRequiredService<ICancelTaskStore>().TryAddAsync(task, CancellationToken.None));

        var entry = await Eventually.WaitForAsync(() => app.EntryAsync(id), e => e["state"]!.GetValue<string>() != "New", "the sweep to take the entry");

        Assert.Equal("Cancelled", entry["state"]!.GetValue<string>());
        Assert.Equal((0, 0), app.CountOrderRows(id));
        var done = await app.GetJsonAsync($"{OrderKind.Product.CancelPath()}/{id}");
        Assert.Equal("done", done["state"]!.GetValue<string>());
        Assert.Equal("ordered twice", done["cancellationReason"]!.GetValue<string>());
    }
}
