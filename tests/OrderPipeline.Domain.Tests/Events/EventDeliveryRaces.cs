using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>Rows written by someone else meanwhile, and rows that are not there (yet, or any more).</summary>
public sealed class EventDeliveryRaces
{
    [Fact]
    public async Task ALostETagRaceReReadsAndAppliesTheSameAttemptsWithoutPostingAgain()
    {
        var fixture = new DeliveryFixture();
        fixture.Sender.Answer(DeliveryFixture.ListenerA, "500 Internal Server Error");
        fixture.Sender.Answer(DeliveryFixture.ListenerB, "500 Internal Server Error");
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA, DeliveryFixture.ListenerB);
        var rowKey = batch.RowKeys[0];
        // Another deliverer of the same row got B through in the meantime.
        fixture.Outbox.BeforeNextWrite = outbox => outbox.Change(rowKey, row => row with
        {
            Recipients = [row.Recipients[0], row.Recipients[1].AfterDelivery()],
        });

        await fixture.LookAsync(batch);

        Assert.Equal(2, fixture.Sender.Posts.Count);
        var recipients = fixture.Outbox.Row(rowKey)!.Recipients;
        Assert.Equal((1, false), (recipients[0].Attempts, recipients[0].Delivered));
        Assert.Equal((1, true), (recipients[1].Attempts, recipients[1].Delivered));
        Assert.Equal(TimeSpan.FromSeconds(5), fixture.Outbox.Scheduled[^1].Delay);
    }

    [Fact]
    public async Task AnAttemptAnotherDelivererCountedMeanwhileIsNotCountedTwice()
    {
        var fixture = new DeliveryFixture();
        fixture.Sender.Answer(DeliveryFixture.ListenerA, "500 Internal Server Error");
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA);
        var rowKey = batch.RowKeys[0];
        fixture.Outbox.BeforeNextWrite = outbox => outbox.Change(rowKey, row => row with
        {
            Recipients = [row.Recipients[0].AfterFailure("timed out", fixture.Clock.GetUtcNow(), fixture.Options.CurrentValue)],
        });

        await fixture.LookAsync(batch);

        var recipient = Assert.Single(fixture.Outbox.Row(rowKey)!.Recipients);
        Assert.Equal((1, "timed out"), (recipient.Attempts, recipient.LastError));
    }

    [Fact]
    public async Task ARowDeletedMeanwhileByAnotherDelivererIsFinished()
    {
        var fixture = new DeliveryFixture();
        fixture.Sender.Answer(DeliveryFixture.ListenerA, "500 Internal Server Error");
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA);
        fixture.Outbox.BeforeNextWrite = outbox => outbox.Remove(batch.RowKeys[0]);

        var report = await fixture.LookAsync(batch);

        Assert.Equal(1, report.RowsFinished);
        Assert.Empty(fixture.Outbox.Scheduled);
    }

    [Fact]
    public async Task ADeletionThatLosesARaceReadsTheRowAgain()
    {
        var fixture = new DeliveryFixture();
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA);
        var rowKey = batch.RowKeys[0];
        // The change was recorded again (a retried request): the row is back with A not served.
        fixture.Outbox.BeforeNextWrite = outbox => outbox.Change(rowKey, row => row with { Recipients = [new RecipientProgress("A", DeliveryFixture.ListenerA)] });

        await fixture.LookAsync(batch);

        // A's delivery is a fact: applied to the row as it is now, the row is finished after all.
        Assert.Null(fixture.Outbox.Row(rowKey));
        Assert.Equal(1, fixture.Sender.PostsTo(DeliveryFixture.ListenerA));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 3)]
    [InlineData(10, 10)]
    [InlineData(100, 30)]
    public async Task ARowNotWrittenYetIsLookedForAgainWaitingLongerEachTime(int secondsSinceRecorded, int secondsToWait)
    {
        var fixture = new DeliveryFixture();
        var batch = InMemoryOutbox.BatchOf(fixture.Clock.GetUtcNow(), "event|e-unwritten");
        fixture.Clock.Advance(TimeSpan.FromSeconds(secondsSinceRecorded));

        var report = await fixture.LookAsync(batch);

        Assert.Equal(1, report.RowsAwaited);
        var (again, wait) = Assert.Single(fixture.Outbox.Scheduled);
        Assert.Equal(batch.RowKeys, again.RowKeys);
        Assert.Equal((batch.RecordedAt, TimeSpan.FromSeconds(secondsToWait)), (again.RecordedAt, wait));
    }

    [Fact]
    public async Task ARowStillMissingAfterTheCommitWindowIsDropped()
    {
        var fixture = new DeliveryFixture(new HubOptions { CommitWindow = TimeSpan.FromMinutes(2) });
        var written = fixture.Record(DeliveryFixture.Event("e-written"), DeliveryFixture.ListenerA);
        var batch = written.With(["event|e-unwritten", .. written.RowKeys]);
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        var report = await fixture.LookAsync(batch);

        Assert.Equal((1, 1, 0), (report.RowsDropped, report.RowsFinished, report.RowsAwaited));
        Assert.Empty(fixture.Outbox.Scheduled);
        Assert.Equal(1, fixture.Sender.PostsTo(DeliveryFixture.ListenerA));
    }

    [Fact]
    public async Task PendingAndMissingRowsOfOneMessageAreLookedAtAgainSeparately()
    {
        var fixture = new DeliveryFixture();
        fixture.Sender.Answer(DeliveryFixture.ListenerA, "500 Internal Server Error");
        var written = fixture.Record(DeliveryFixture.Event("e-written"), DeliveryFixture.ListenerA);

        await fixture.LookAsync(written.With([.. written.RowKeys, "event|e-unwritten"]));

        Assert.Equal(
            [(written.RowKeys, TimeSpan.FromSeconds(5)), (["event|e-unwritten"], TimeSpan.FromSeconds(1))],
            fixture.Outbox.Scheduled.Select(scheduled => (scheduled.Batch.RowKeys, scheduled.Delay)));
    }
}
