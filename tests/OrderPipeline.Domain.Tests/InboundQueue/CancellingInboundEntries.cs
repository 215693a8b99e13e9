using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Domain.Tests.InboundQueue;

/// <summary>Cancelled is a final state an entry reaches from New or Error only: not while a processor holds it, not once Done.</summary>
public sealed class CancellingInboundEntries
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ANewEntryIsCancelledWithItsReasonInTheHistory()
    {
        var entry = InboundEntry.Accept("e1", OrderType.Product, "EXT-1", "web", T0);

        entry.Cancel("duplicate", T0.AddSeconds(5));

        Assert.Equal(InboundState.Cancelled, entry.State);
        Assert.Equal("duplicate", entry.CancellationReason);
        Assert.Equal(T0.AddSeconds(5), entry.UpdatedAt);
        Assert.Equal(new InboundTransition(InboundState.Cancelled, T0.AddSeconds(5), "cancelled by the client: duplicate"), entry.History[^1]);
        Assert.False(entry.CanBeClaimed(T0.AddDays(1)));
    }

    [Fact]
    public void AnEntryInErrorIsCancelledAndCanNoLongerBeRetried()
    {
        var entry = InboundEntry.Accept("e1", OrderType.Service, null, "web", T0);
        entry.Claim(T0, TimeSpan.FromMinutes(1));
        entry.Fail(InboundError.GaveUp(5, "c0ffee", "gave up"), T0.AddSeconds(1));

        entry.Cancel(null, T0.AddSeconds(2));

        Assert.Equal(InboundState.Cancelled, entry.State);
        Assert.Throws<InvalidInboundTransitionException>(() => entry.Retry(T0.AddSeconds(3)));
    }

    [Theory]
    [InlineData(InboundState.InProgress)]
    [InlineData(InboundState.Done)]
    [InlineData(InboundState.Cancelled)]
    public void AnEntryHeldOrFinishedCannotBeCancelled(InboundState state)
    {
        var entry = InboundEntry.Accept("e1", OrderType.Product, null, "web", T0);
        if (state != InboundState.Cancelled) entry.Claim(T0, TimeSpan.FromMinutes(1));
        if (state == InboundState.Done) entry.Complete("e1", T0.AddSeconds(1));
        if (state == InboundState.Cancelled) entry.Cancel(null, T0.AddSeconds(1));

        var error = Assert.Throws<InvalidInboundTransitionException>(() => entry.Cancel("too late", T0.AddSeconds(2)));

        Assert.Equal(state, error.From);
        Assert.False(entry.CanBeCancelled);
    }
}
