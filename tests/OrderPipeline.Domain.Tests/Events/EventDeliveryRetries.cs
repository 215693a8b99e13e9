using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>Each listener gets the event until it answers 2xx, with a doubling wait between tries, or is given up after MaxAttempts.</summary>
public sealed class EventDeliveryRetries
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(4, 40)]
    [InlineData(5, 60)]
    [InlineData(6, 60)]
    [InlineData(100, 60)]
    public void TheWaitDoublesAfterEachFailureUpToTheCap(int failures, int seconds)
    {
        var options = new HubOptions { FirstRetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromSeconds(60) };

        Assert.Equal(TimeSpan.FromSeconds(seconds), RecipientProgress.RetryDelay(failures, options));
    }

    [Fact]
    public async Task A2xxEndsItTheRowIsDeletedAndNothingIsScheduled()
    {
        var fixture = new DeliveryFixture();
        var recorded = DeliveryFixture.Event();
        var batch = fixture.Record(recorded, DeliveryFixture.ListenerA);

        var report = await fixture.LookAsync(batch);

        Assert.Equal((DeliveryFixture.ListenerA, recorded.Body), Assert.Single(fixture.Sender.Posts));
        Assert.Null(fixture.Outbox.Row(batch.RowKeys[0]));
        Assert.Empty(fixture.Outbox.Scheduled);
        Assert.Equal(new DeliveryReport(1, 0, 0, 1, 0, 0, 0), report);
    }

    [Fact]
    public async Task AFailingListenerIsRetriedAtDoublingIntervalsWithTheSameBody()
    {
        var fixture = new DeliveryFixture(new HubOptions
        {
            FirstRetryDelay = TimeSpan.FromSeconds(5), MaxRetryDelay = TimeSpan.FromSeconds(30), MaxAttempts = 10,
        });
        fixture.Sender.Answer(DeliveryFixture.ListenerA, "503 Service Unavailable");
        var recorded = DeliveryFixture.Event();
        var batch = fixture.Record(recorded, DeliveryFixture.ListenerA);

        await fixture.LookAsync(batch);
        for (var i = 0; i < 4; i++) await fixture.LookAgainAsync();

        Assert.Equal([5, 10, 20, 30, 30], fixture.Outbox.Scheduled.Select(scheduled => scheduled.Delay.TotalSeconds));
        Assert.All(fixture.Sender.Posts, post => Assert.Equal(recorded.Body, post.Body));
        var recipient = Assert.Single(fixture.Outbox.Row(batch.RowKeys[0])!.Recipients);
        Assert.Equal((5, false, "503 Service Unavailable"), (recipient.Attempts, recipient.Delivered, recipient.LastError));
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromSeconds(30), recipient.NextAttemptAt);
    }

    [Fact]
    public async Task AListenerOutOfAttemptsIsRecordedUndeliveredAndNotTriedAgain()
    {
        var fixture = new DeliveryFixture(new HubOptions { FirstRetryDelay = TimeSpan.FromSeconds(1), MaxAttempts = 3 });
        fixture.Sender.Answer(DeliveryFixture.ListenerA, "500 Internal Server Error");
        var recorded = DeliveryFixture.Event();
        var batch = fixture.Record(recorded, DeliveryFixture.ListenerA);

        await fixture.LookAsync(batch);
        await fixture.LookAgainAsync();
        var last = await fixture.LookAgainAsync();

        Assert.Equal(3, fixture.Sender.PostsTo(DeliveryFixture.ListenerA));
        Assert.Equal(1, last.GivenUp);
        var undelivered = Assert.Single(fixture.Undelivered.All);
        Assert.Equal((recorded, "A", DeliveryFixture.ListenerA, 3, "500 Internal Server Error", fixture.Clock.GetUtcNow()),
            (undelivered.Event, undelivered.ListenerId, undelivered.Callback, undelivered.Attempts, undelivered.LastError, undelivered.UndeliveredAt));
        Assert.Null(fixture.Outbox.Row(batch.RowKeys[0]));
        Assert.Equal(2, fixture.Outbox.Scheduled.Count); // none after the last attempt
    }

    [Fact]
    public async Task OnlyTheFailingListenerIsTriedAgainTheOtherKeepsItsDelivery()
    {
        var fixture = new DeliveryFixture();
        fixture.Sender.Answer(DeliveryFixture.ListenerB, "connection refused");
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA, DeliveryFixture.ListenerB);

        await fixture.LookAsync(batch);
        fixture.Sender.Answer(DeliveryFixture.ListenerB, error: null);
        await fixture.LookAgainAsync();

        Assert.Equal(1, fixture.Sender.PostsTo(DeliveryFixture.ListenerA));
        Assert.Equal(2, fixture.Sender.PostsTo(DeliveryFixture.ListenerB));
        Assert.Null(fixture.Outbox.Row(batch.RowKeys[0]));
        Assert.Empty(fixture.Undelivered.All);
    }

    [Fact]
    public async Task ALookBeforeAnyoneIsDueSendsNothingAndLooksAgainWhenTheFirstIs()
    {
        var fixture = new DeliveryFixture();
        fixture.Sender.Answer(DeliveryFixture.ListenerA, "500 Internal Server Error");
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA);
        await fixture.LookAsync(batch);
        var writes = fixture.Outbox.Writes;

        fixture.Clock.Advance(TimeSpan.FromSeconds(2)); // a redelivered message, 3 s before the retry is due
        await fixture.LookAsync(batch);

        Assert.Equal(1, fixture.Sender.PostsTo(DeliveryFixture.ListenerA));
        Assert.Equal(writes, fixture.Outbox.Writes);
        Assert.Equal(TimeSpan.FromSeconds(3), fixture.Outbox.Scheduled[^1].Delay);
    }

    [Fact]
    public async Task ACallbackTheAllowListNoLongerTakesIsUndeliveredAtOnceWithoutACall()
    {
        var fixture = new DeliveryFixture();
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA, "https://hooks.partner.example/events");
        fixture.Options.CurrentValue = new HubOptions { AllowedCallbackHosts = "*.partner.example" };

        await fixture.LookAsync(batch);

        Assert.Equal(["https://hooks.partner.example/events"], fixture.Sender.Posts.Select(post => post.Callback));
        var undelivered = Assert.Single(fixture.Undelivered.All);
        Assert.Equal(("A", 0), (undelivered.ListenerId, undelivered.Attempts));
        Assert.Contains("listener-a.example", undelivered.LastError);
        Assert.Null(fixture.Outbox.Row(batch.RowKeys[0]));
    }

    [Fact]
    public async Task ASlowListenerDoesNotHoldUpTheOthers()
    {
        var fixture = new DeliveryFixture();
        var fastAnswered = new TaskCompletionSource();
        fixture.Sender.Answer(DeliveryFixture.ListenerA, async cancellationToken =>
        {
            // Answers only once B has been posted to: one after the other, this would never end.
            await fastAnswered.Task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return CallbackResult.Failed("timed out after 00:00:10");
        });
        fixture.Sender.Answer(DeliveryFixture.ListenerB, _ =>
        {
            fastAnswered.SetResult();
            return Task.FromResult(CallbackResult.Accepted);
        });
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA, DeliveryFixture.ListenerB);

        var report = await fixture.LookAsync(batch);

        Assert.Equal((1, 1), (report.Delivered, report.Failed));
    }
}
