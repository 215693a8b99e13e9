using Microsoft.Extensions.Logging.Abstractions;
using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Tests.Events;
using OrderPipeline.Domain.Tests.ReferenceData;

namespace OrderPipeline.Domain.Tests.Cancellation;

/// <summary>
/// The three steps of a cancellation (task received, order changed, task done) against a processor's claim and a crash
/// between any two of them: a repeated request finishes what was begun, with one task and each event recorded once.
/// </summary>
public sealed class CancellationSteps
{
    private const string Id = "0192f0c1a2b30000aabbccddeeff0011";
    private readonly ManualClock clock = new();
    private readonly InMemoryEntries entries = new();
    private readonly InMemoryTasks tasks = new();
    private readonly InMemoryHubListenerStore listeners = new();

    public CancellationSteps() =>
        entries.Put(InboundEntry.Accept(Id, OrderType.Product, "CPQ-1", "test", clock.GetUtcNow()));

    private OrderCancellation Cancellation() =>
        new(entries, new NoCustomerOrders(), tasks, listeners.Hub(clock), clock, NullLogger<OrderCancellation>.Instance);

    private Task<CancelResult> CancelAsync() =>
        Cancellation().CancelAsync(new CancelRequest(OrderType.Product, Id, "duplicate", null), CancellationToken.None);

    [Fact]
    public async Task AClaimJustBeforeTheCancelsWriteWinsAndLeavesNoTask()
    {
        entries.BeforeWrite = async entry =>
        {
            entries.BeforeWrite = null;
            // A processor claims the entry between the cancel's read and its write.
            var claimed = (await entries.FindAsync(entry.Id, CancellationToken.None))!;
            claimed.Claim(clock.GetUtcNow(), TimeSpan.FromMinutes(1));
            Assert.True(await entries.TryUpdateAsync(claimed, [], CancellationToken.None));
        };

        var result = await CancelAsync();

        Assert.Equal(CancelOutcome.BeingProcessed, result.Outcome);
        Assert.Contains("being created", result.Detail);
        Assert.Equal(InboundState.InProgress, (await entries.FindAsync(Id, CancellationToken.None))!.State);
        Assert.Equal(0, tasks.Count);
    }

    [Fact]
    public async Task ACrashAfterTheTaskIsReceivedIsCarriedOnByTheRepeatedRequest()
    {
        entries.BeforeWrite = _ => throw new IOException("the process died");
        await Assert.ThrowsAsync<IOException>(CancelAsync);
        Assert.Equal("acknowledged", (await tasks.FindAsync(OrderType.Product, Id, CancellationToken.None))!.State);
        entries.BeforeWrite = null;

        var result = await CancelAsync();

        Assert.Equal(CancelOutcome.Cancelled, result.Outcome);
        Assert.Equal(1, tasks.Count);
        Assert.Equal(InboundState.Cancelled, (await entries.FindAsync(Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task ACrashAfterTheEntryIsCancelledIsCarriedOnWithoutCancellingTwice()
    {
        await listeners.AddAsync(new Domain.Events.HubListener("l1", OrderType.Product, "https://cpq.example.com", null, clock.GetUtcNow()), CancellationToken.None);
        tasks.BeforeUpdate = _ => throw new IOException("the process died");
        await Assert.ThrowsAsync<IOException>(CancelAsync);
        var cancelledAt = (await entries.FindAsync(Id, CancellationToken.None))!.UpdatedAt;
        tasks.BeforeUpdate = null;
        clock.Advance(TimeSpan.FromMinutes(1));

        var result = await CancelAsync();

        Assert.Equal(CancelOutcome.Cancelled, result.Outcome);
        Assert.Equal("done", result.Task!.State);
        Assert.Equal(cancelledAt, result.Task.EffectiveCancellationDate);
        var history = (await entries.FindAsync(Id, CancellationToken.None))!.History;
        Assert.Single(history, step => step.State == InboundState.Cancelled);
        Assert.Equal(["ProductOrderStateChangeEvent"], entries.Recorded.Select(e => e.Event.EventType));
        Assert.Equal(["CancelProductOrderCreateEvent", "CancelProductOrderStateChangeEvent"], tasks.Recorded.Select(e => e.Event.EventType));
    }

    [Fact]
    public async Task AnOrderCancelledBeforeAnswersItsTaskAndRecordsNothingMore()
    {
        await listeners.AddAsync(new Domain.Events.HubListener("l1", OrderType.Product, "https://cpq.example.com", null, clock.GetUtcNow()), CancellationToken.None);
        var first = await CancelAsync();

        var again = await CancelAsync();

        Assert.Equal(CancelOutcome.AlreadyCancelled, again.Outcome);
        Assert.Equal(first.Task!.EffectiveCancellationDate, again.Task!.EffectiveCancellationDate);
        Assert.Single(entries.Recorded);
        Assert.Equal(2, tasks.Recorded.Count);
    }

    [Fact]
    public async Task ACancellationCutOffAndNeverSentAgainIsFinishedByTheSweep()
    {
        entries.BeforeWrite = _ => throw new IOException("the process died");
        await Assert.ThrowsAsync<IOException>(CancelAsync);
        entries.BeforeWrite = null;

        var tooSoon = await Cancellation().FinishUnfinishedAsync(TimeSpan.FromMinutes(1), 10, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        var finished = await Cancellation().FinishUnfinishedAsync(TimeSpan.FromMinutes(1), 10, CancellationToken.None);

        Assert.Equal(0, tooSoon);
        Assert.Equal(1, finished);
        Assert.Equal(InboundState.Cancelled, (await entries.FindAsync(Id, CancellationToken.None))!.State);
        Assert.Equal("done", (await tasks.FindAsync(OrderType.Product, Id, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task ATaskLeftForAnOrderThatIsGoneEndsTerminatedWithError()
    {
        const string gone = "0192f0c1a2b30000aabbccddeeff0099";
        Assert.True(await tasks.TryAddAsync(CancelOrderTask.Receive(OrderType.Service, gone, null, null, clock.GetUtcNow()), CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(2));

        await Cancellation().FinishUnfinishedAsync(TimeSpan.FromMinutes(1), 10, CancellationToken.None);

        Assert.Equal("terminatedWithError", (await tasks.FindAsync(OrderType.Service, gone, CancellationToken.None))!.State);
        Assert.Empty(await tasks.FindUnfinishedAsync(clock.GetUtcNow(), 10, CancellationToken.None));
    }
}
