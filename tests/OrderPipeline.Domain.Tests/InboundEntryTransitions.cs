using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Domain.Tests;

public sealed class InboundEntryTransitions
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly InboundError Broken = InboundError.PayloadUnavailable("c0ffee", "the blob is gone");

    [Fact]
    public void AcceptedEntryIsNewWithOneHistoryItem()
    {
        var entry = InboundEntry.Accept("e1", OrderType.Product, "EXT-1", "web", T0);

        Assert.Equal(InboundState.New, entry.State);
        Assert.Equal(0, entry.Attempts);
        Assert.Equal(T0, entry.CreatedAt);
        Assert.Equal(new InboundTransition(InboundState.New, T0), Assert.Single(entry.History));
    }

    [Fact]
    public void ClaimingANewEntryPutsItInProgressUnderALease()
    {
        var entry = Accepted();

        entry.Claim(T0.AddSeconds(1), Lease);

        Assert.Equal(InboundState.InProgress, entry.State);
        Assert.Equal(1, entry.Attempts);
        Assert.Equal(T0.AddSeconds(1) + Lease, entry.LeaseUntil);
    }

    [Fact]
    public void ClaimingWhileTheLeaseIsLiveThrows()
    {
        var entry = Claimed();

        var error = Assert.Throws<InvalidInboundTransitionException>(() => entry.Claim(T0.AddMinutes(4), Lease));

        Assert.Equal(InboundState.InProgress, error.From);
        Assert.Equal(1, entry.Attempts);
        Assert.Equal(T0 + Lease, entry.LeaseUntil);
    }

    [Fact]
    public void ClaimingAfterTheLeaseExpiredTakesTheEntryOver()
    {
        var entry = Claimed();

        entry.Claim(T0.AddMinutes(6), Lease);

        Assert.Equal(2, entry.Attempts);
        Assert.Equal(T0.AddMinutes(6) + Lease, entry.LeaseUntil);
        Assert.Equal("attempt 2", entry.History[^1].Reason);
    }

    [Fact]
    public void ReleasedEntryCanBeClaimedAtOnce()
    {
        var entry = Claimed();
        var releasedAt = T0.AddSeconds(10);

        entry.Release(releasedAt);
        entry.Claim(releasedAt, Lease);

        Assert.Equal(InboundState.InProgress, entry.State);
        Assert.Equal(2, entry.Attempts);
    }

    [Fact]
    public void ReleasingAnEntryNobodyClaimedThrows() =>
        Assert.Throws<InvalidInboundTransitionException>(() => Accepted().Release(T0));

    [Fact]
    public void CompletingAClaimedEntryRecordsTheOrderAndIsDone()
    {
        var entry = Claimed();

        entry.Complete("order-1", T0.AddMinutes(1));

        Assert.Equal(InboundState.Done, entry.State);
        Assert.Equal("order-1", entry.OrderId);
        Assert.Null(entry.LeaseUntil);
    }

    [Fact]
    public void CompletingANewEntryThrows()
    {
        var entry = Accepted();

        Assert.Throws<InvalidInboundTransitionException>(() => entry.Complete("order-1", T0));
        Assert.Equal(InboundState.New, entry.State);
        Assert.Null(entry.OrderId);
    }

    [Fact]
    public void FailingAClaimedEntryMovesItToErrorWithTheReason()
    {
        var entry = Claimed();

        entry.Fail(Broken, T0.AddMinutes(1));

        Assert.Equal(InboundState.Error, entry.State);
        Assert.Equal(Broken, entry.Error);
        Assert.Null(entry.LeaseUntil);
        Assert.Equal(Broken.Message, entry.History[^1].Reason);
    }

    [Fact]
    public void FailingADoneEntryThrows() =>
        Assert.Throws<InvalidInboundTransitionException>(() => EntryIn(InboundState.Done).Fail(Broken, T0.AddHours(1)));

    [Fact]
    public void RetryingAnEntryInErrorMakesItNewAndClearsTheError()
    {
        var entry = EntryIn(InboundState.Error);

        entry.Retry(T0.AddHours(1));

        Assert.Equal(InboundState.New, entry.State);
        Assert.Null(entry.Error);
        Assert.True(entry.CanBeClaimed(T0.AddHours(1)));
    }

    [Theory]
    [InlineData(InboundState.New)]
    [InlineData(InboundState.InProgress)]
    [InlineData(InboundState.Done)]
    public void RetryingAnEntryNotInErrorThrows(InboundState state)
    {
        var entry = EntryIn(state);

        var error = Assert.Throws<InvalidInboundTransitionException>(() => entry.Retry(T0.AddHours(1)));

        Assert.Equal(state, error.From);
        Assert.Equal(state, entry.State);
    }

    [Fact]
    public void HistoryRecordsEveryStateWithItsTime()
    {
        var entry = Accepted();
        entry.Claim(T0.AddMinutes(1), Lease);
        entry.Fail(Broken, T0.AddMinutes(2));
        entry.Retry(T0.AddMinutes(3));
        entry.Claim(T0.AddMinutes(4), Lease);
        entry.Complete("order-1", T0.AddMinutes(5));

        InboundState[] states = [InboundState.New, InboundState.InProgress, InboundState.Error, InboundState.New, InboundState.InProgress, InboundState.Done];
        Assert.Equal(states, entry.History.Select(step => step.State));
        Assert.Equal(Enumerable.Range(0, 6).Select(minutes => T0.AddMinutes(minutes)), entry.History.Select(step => step.At));
        Assert.Equal(T0.AddMinutes(5), entry.UpdatedAt);
    }

    [Fact]
    public void MarkPersistedRecordsTheWrittenStateAndVersion()
    {
        var entry = Claimed();
        Assert.Equal(InboundState.New, entry.PersistedState);

        entry.MarkPersisted("etag-2");

        Assert.Equal(InboundState.InProgress, entry.PersistedState);
        Assert.Equal("etag-2", entry.Version);
    }

    private static InboundEntry Accepted() => InboundEntry.Accept("e1", OrderType.Product, "EXT-1", "web", T0);

    private static InboundEntry Claimed()
    {
        var entry = Accepted();
        entry.Claim(T0, Lease);
        return entry;
    }

    private static InboundEntry EntryIn(InboundState state)
    {
        if (state == InboundState.New) return Accepted();
        var entry = Claimed();
        if (state == InboundState.Done) entry.Complete("order-1", T0.AddMinutes(1));
        if (state == InboundState.Error) entry.Fail(Broken, T0.AddMinutes(1));
        return entry;
    }
}
