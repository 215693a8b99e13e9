using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Events;

/// <summary>TMF622 and TMF641 <c>/hub</c>: registering and removing a listener, and the callbacks and queries refused.</summary>
public sealed class HubRegistration
{
    [Theory]
    [InlineData("product")]
    [InlineData("service")]
    public async Task AListenerIsRegisteredAndRemoved(string kindName)
    {
        var kind = OrderKind.Named(kindName);
        await using var app = await PipelineApp.StartAsync();
        var query = $"eventType={kind.ResourceType()}StateChangeEvent";

        var registered = await app.Client.PostAsJsonAsync(kind.HubPath(), new JsonObject { ["callback"] = "https://cpq.example.com/listener", ["query"] = query });

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var listener = await registered.JsonOf();
        var id = listener["id"]!.GetValue<string>();
        Assert.Equal("https://cpq.example.com/listener", listener["callback"]!.GetValue<string>());
        Assert.Equal(query, listener["query"]!.GetValue<string>());
        Assert.Equal($"{kind.HubPath()}/{id}", registered.Headers.Location!.OriginalString);

        var other = kind == OrderKind.Product ? OrderKind.Service : OrderKind.Product;
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.DeleteAsync($"{other.HubPath()}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.DeleteAsync($"{kind.HubPath()}/{id}")).StatusCode);
        var again = await app.Client.DeleteAsync($"{kind.HubPath()}/{id}");
        await again.AssertTmfErrorAsync(HttpStatusCode.NotFound, "notFound");
    }

    [Theory]
    [InlineData("""{"callback":"ftp://cpq.example.com/listener"}""", "callback")]
    [InlineData("""{"callback":"/listener"}""", "callback")]
    [InlineData("""{"callback":"https://user:secret@cpq.example.com/listener"}""", "callback")]
    [InlineData("""{"query":"eventType=ProductOrderCreateEvent"}""", "callback")]
    [InlineData("""{"callback":"https://cpq.example.com/listener","query":"eventType=ServiceOrderCreateEvent"}""", "query")]
    [InlineData("""{"callback":"https://cpq.example.com/listener","query":"state=completed"}""", "query")]
    [InlineData("""{"callback":"https://cpq.example.com/listener","query":"eventType="}""", "query")]
    public async Task ARegistrationThatCannotBeServedIsRefusedAtItsPath(string body, string path)
    {
        await using var app = await PipelineApp.StartAsync();

        var response = await app.Client.PostAsync(OrderKind.Product.HubPath(), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidBody");
        Assert.Equal([path], error.DetailPaths());
    }

    [Fact]
    public async Task OnlyAllowedHostsMayBeCalledBack()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?> { ["Hub:AllowedCallbackHosts"] = "cpq.example.com, *.partner.example" });

        var allowed = await app.RegisterAsync(OrderKind.Product, "https://cpq.example.com/events");
        var underWildcard = await app.RegisterAsync(OrderKind.Product, "https://eu.partner.example/events");
        var refused = await app.Client.PostAsJsonAsync(OrderKind.Product.HubPath(), new JsonObject { ["callback"] = "https://attacker.example.net/events" });

        Assert.NotEqual(allowed, underWildcard);
        var error = await refused.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidBody");
        Assert.Contains("Hub__AllowedCallbackHosts", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task SeveralEventTypesMayBeAskedForAtOnce()
    {
        await using var app = await PipelineApp.StartAsync();

        var id = await app.RegisterAsync(OrderKind.Service, "http://127.0.0.1:9/listener", "eventType = ServiceOrderCreateEvent, CancelServiceOrderStateChangeEvent");

        Assert.Equal(32, id.Length);
    }

    [Fact]
    public async Task ARemovedListenerGetsNothingMoreNotEvenWhatWasRecordedBefore()
    {
        await using var app = await PipelineApp.StartAsync(EventsReachListeners.QuickRetries);
        await using var listener = await EventListener.StartAsync();
        listener.Refusing = HttpStatusCode.ServiceUnavailable;
        var id = await app.RegisterAsync(OrderKind.Product, listener.Callback);
        await app.CreateAsync(OrderKind.Product, "sync", "CPQ-REMOVED-LISTENER");
        await Eventually.WaitForAsync(() => Task.FromResult(listener.Requests), requests => requests >= 1, "a delivery to be tried");

        Assert.Equal(HttpStatusCode.NoContent, (await app.Client.DeleteAsync($"{OrderKind.Product.HubPath()}/{id}")).StatusCode);
        listener.Refusing = null;
        var triedBefore = listener.Requests;
        await Task.Delay(TimeSpan.FromSeconds(4)); // several retry rounds
        await app.CreateAsync(OrderKind.Product, "sync", "CPQ-AFTER-REMOVAL");
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Empty(listener.Received);
        Assert.True(listener.Requests <= triedBefore + 1, $"{listener.Requests - triedBefore} deliveries after the removal");
        var (_, undelivered) = await app.GetArrayAsync("/manage/hubEvents/undelivered");
        Assert.Empty(undelivered);
    }
}
