using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Tests.ReferenceData;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>Who receives an event: the listeners of its API whose query matches, as known within the refresh period.</summary>
public sealed class ListenerRouting
{
    private static OrderEvent Event(string type, OrderType orderType = OrderType.Product) => new(Guid.NewGuid().ToString(), type, DateTimeOffset.UnixEpoch, orderType, "{}");

    [Fact]
    public async Task AnEventGoesToEveryListenerThatWantsItAndNoOther()
    {
        var store = new InMemoryHubListenerStore();
        var hub = store.Hub();
        var (all, _) = await hub.RegisterAsync(OrderType.Product, "https://a.example.com", null, CancellationToken.None);
        var (changes, _) = await hub.RegisterAsync(OrderType.Product, "https://b.example.com", "eventType=ProductOrderStateChangeEvent", CancellationToken.None);
        await hub.RegisterAsync(OrderType.Service, "https://c.example.com", null, CancellationToken.None);

        var routed = await hub.RouteAsync(() => [Event("ProductOrderCreateEvent"), Event("ProductOrderStateChangeEvent"), Event("ServiceOrderCreateEvent", OrderType.Service)], CancellationToken.None);

        Assert.Equal([all!.Id], routed[0].Recipients.Select(r => r.ListenerId));
        Assert.Equal([all.Id, changes!.Id], routed[1].Recipients.Select(r => r.ListenerId).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        Assert.Equal(["https://c.example.com"], routed[2].Recipients.Select(r => r.Callback));
    }

    [Fact]
    public async Task WithoutListenersNothingIsRecorded()
    {
        var hub = new InMemoryHubListenerStore().Hub();

        Assert.Empty(await hub.RouteAsync(() => [Event("ProductOrderCreateEvent")], CancellationToken.None));
    }

    [Fact]
    public async Task ListenersAreReadOncePerRefreshAndAtOnceAfterAChangeHere()
    {
        var store = new InMemoryHubListenerStore();
        var clock = new ManualClock();
        var hub = store.Hub(clock, new HubOptions { ListenerRefresh = TimeSpan.FromSeconds(10) });
        await hub.RouteAsync(() => [Event("ProductOrderCreateEvent")], CancellationToken.None);
        await hub.RouteAsync(() => [Event("ProductOrderCreateEvent")], CancellationToken.None);
        Assert.Equal(1, store.Reads);

        // Registered on another instance: known here once the refresh period is over.
        await store.AddAsync(new HubListener("other", OrderType.Product, "https://x.example.com", null, clock.GetUtcNow()), CancellationToken.None);
        Assert.Empty(await hub.RouteAsync(() => [Event("ProductOrderCreateEvent")], CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Single(await hub.RouteAsync(() => [Event("ProductOrderCreateEvent")], CancellationToken.None));
        Assert.Equal(2, store.Reads);

        // Removed here: known here at once.
        Assert.True(await hub.UnregisterAsync(OrderType.Product, (await hub.RegisterAsync(OrderType.Product, "https://y.example.com", null, CancellationToken.None)).Listener!.Id, CancellationToken.None));
        Assert.Single((await hub.RouteAsync(() => [Event("ProductOrderCreateEvent")], CancellationToken.None))[0].Recipients);
    }

    [Theory]
    [InlineData("ftp://cpq.example.com/x", "not an absolute http or https URL")]
    [InlineData("https://other.example.org/x", "not among the allowed callback hosts")]
    public async Task ACallbackThatMayNotBeCalledIsRefused(string callback, string why)
    {
        var store = new InMemoryHubListenerStore();
        var hub = store.Hub(options: new HubOptions { AllowedCallbackHosts = "*.example.com" });

        var (listener, error) = await hub.RegisterAsync(OrderType.Product, callback, null, CancellationToken.None);

        Assert.Null(listener);
        Assert.Contains(why, error);
        Assert.Equal(0, store.Reads);
    }
}
