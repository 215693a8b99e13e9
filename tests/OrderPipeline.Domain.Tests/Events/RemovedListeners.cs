using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>A listener removed from its hub gets nothing more, also of events recorded for it before; it is not "undelivered".</summary>
public sealed class RemovedListeners
{
    [Fact]
    public async Task ARemovedListenerIsDroppedWithoutACallWhileTheOthersAreServed()
    {
        var fixture = new DeliveryFixture();
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA, DeliveryFixture.ListenerB);
        Assert.True(await fixture.Listeners.TryDeleteAsync(OrderType.Product, "A", CancellationToken.None));

        await fixture.LookAsync(batch);

        Assert.Equal(0, fixture.Sender.PostsTo(DeliveryFixture.ListenerA));
        Assert.Equal(1, fixture.Sender.PostsTo(DeliveryFixture.ListenerB));
        Assert.Null(fixture.Outbox.Row(batch.RowKeys[0]));
        Assert.Empty(fixture.Outbox.Scheduled);
        Assert.Empty((await fixture.Undelivered.ListAsync(0, 10, CancellationToken.None)).Events);
    }

    [Fact]
    public async Task AListenerRemovedBetweenTwoTriesIsNotTriedAgainOnceTheRemovalIsKnown()
    {
        var fixture = new DeliveryFixture();
        fixture.Sender.Answer(DeliveryFixture.ListenerA, "503 Service Unavailable");
        var batch = fixture.Record(DeliveryFixture.Event(), DeliveryFixture.ListenerA);
        await fixture.LookAsync(batch);
        // Removed on another instance: this one knows it once its copy of the listeners is refreshed.
        Assert.True(await fixture.Listeners.TryDeleteAsync(OrderType.Product, "A", CancellationToken.None));
        fixture.Clock.Advance(new HubOptions().ListenerRefresh);

        await fixture.LookAgainAsync();

        Assert.Equal(1, fixture.Sender.PostsTo(DeliveryFixture.ListenerA));
        Assert.Null(fixture.Outbox.Row(batch.RowKeys[0]));
    }
}
