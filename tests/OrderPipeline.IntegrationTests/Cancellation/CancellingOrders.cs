using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Cancellation;

/// <summary>
/// TMF622 cancelProductOrder and TMF641 cancelServiceOrder against the real pipeline: an order is cancelled in whichever
/// phase it is (created, New or Error in the inbound queue), refused while a processor holds it, and cancelled only once.
/// </summary>
public sealed class CancellingOrders
{
    [Theory]
    [InlineData("product")]
    [InlineData("service")]
    public async Task CreatedOrderBecomesCancelledWithItsTask(string kindName)
    {
        var kind = OrderKind.Named(kindName);
        await using var app = await PipelineApp.StartAsync();
        var id = await app.CreateAsync(kind, "sync", "CPQ-CANCEL-SYNC");

        var response = await app.CancelAsync(kind, id, "customer changed their mind");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var task = await response.JsonOf();
        Assert.Equal(id, task["id"]!.GetValue<string>());
        Assert.Equal("done", task["state"]!.GetValue<string>());
        Assert.Equal(id, task[kind.OrderField()]!["id"]!.GetValue<string>());
        Assert.Equal($"{kind.Path}/{id}", task[kind.OrderField()]!["href"]!.GetValue<string>());
        Assert.Equal("customer changed their mind", task["cancellationReason"]!.GetValue<string>());
        Assert.Equal("2026-12-02T10:00:00Z", task["requestedCancellationDate"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(task["effectiveCancellationDate"]?.GetValue<string>()));
        Assert.Equal($"Cancel{kind.ResourceType()}", task["@type"]!.GetValue<string>());
        Assert.Equal($"{kind.CancelPath()}/{id}", response.Headers.Location!.OriginalString);

        var order = await app.GetJsonAsync($"{kind.Path}/{id}");
        Assert.Equal("cancelled", order["state"]!.GetValue<string>());
        Assert.Equal("customer changed their mind", order["cancellationReason"]!.GetValue<string>());
        Assert.Equal(task["effectiveCancellationDate"]!.GetValue<string>(), order["cancellationDate"]!.GetValue<string>());
        Assert.All(order[kind.Items]!.AsArray(), item => Assert.Equal("cancelled", item!["state"]!.GetValue<string>()));
        var (_, cancelledOrders) = await app.GetArrayAsync($"{kind.Path}?state=cancelled");
        Assert.Equal([id], cancelledOrders.Select(o => o!["id"]!.GetValue<string>()));
        Assert.Equal(task.ToJsonString(), (await app.GetJsonAsync($"{kind.CancelPath()}/{id}")).ToJsonString());
    }

    [Theory]
    [InlineData("product")]
    [InlineData("service")]
    public async Task CancellingAgainAnswersTheSameTaskAndMakesNoSecond(string kindName)
    {
        var kind = OrderKind.Named(kindName);
        await using var app = await PipelineApp.StartAsync();
        var id = await app.CreateAsync(kind, "sync", "CPQ-CANCEL-TWICE");
        var first = await (await app.CancelAsync(kind, id)).JsonOf();

        var again = await app.CancelAsync(kind, id, "another reason");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.ToJsonString(), (await again.JsonOf()).ToJsonString());
        var (list, tasks) = await app.GetArrayAsync(kind.CancelPath());
        Assert.Equal("1", list.Header("X-Total-Count"));
        Assert.Equal([id], tasks.Select(t => t!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("product")]
    [InlineData("service")]
    public async Task NewEntryIsCancelledAndNeverProcessed(string kindName)
    {
        var kind = OrderKind.Named(kindName);
        var prefix = PipelineApp.NewPrefix();
        string id;
        await using (var intake = await PipelineApp.StartAsync(TestSettings.ListenerOff, prefix))
        {
            id = await intake.CreateAsync(kind, "async", "CPQ-CANCEL-NEW");

            var response = await intake.CancelAsync(kind, id, "duplicate order");

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal("done", (await response.JsonOf())["state"]!.GetValue<string>());
        }

        // Now the queue listener runs, with the entry's message still on the queue: it must leave the entry alone.
        await using var app = await PipelineApp.StartAsync(prefix: prefix);
        await Eventually.WaitForAsync(async () => (await app.InboundQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount,
            count => count == 0, "the entry's message to be taken");
        await Task.Delay(500);
        var entry = await app.EntryAsync(id);
        Assert.Equal("Cancelled", entry["state"]!.GetValue<string>());
        Assert.Equal(["New", "Cancelled"], entry["history"]!.AsArray().Select(step => step!["state"]!.GetValue<string>()));
        Assert.Equal((0, 0), app.CountOrderRows(id));
        var order = await app.GetJsonAsync($"{kind.Path}/{id}");
        Assert.Equal("cancelled", order["state"]!.GetValue<string>());
        Assert.Equal("duplicate order", order["cancellationReason"]!.GetValue<string>());
        Assert.Equal("CPQ-CANCEL-NEW", order["externalId"]!.GetValue<string>());
        var summary = await app.GetJsonAsync("/manage/inboundQueue/summary");
        Assert.Equal(1, summary["Cancelled"]!.GetValue<int>());
    }

    [Fact]
    public async Task EntryInErrorCanBeCancelled()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync();
        await app.Services.GetRequiredService<IInboundEntryStore>().FailAsIfAfterItsLastAttemptAsync(id);

        var response = await app.CancelAsync(OrderKind.Product, id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = await app.EntryAsync(id);
        Assert.Equal("Cancelled", entry["state"]!.GetValue<string>());
        Assert.Equal(["New", "InProgress", "Error", "Cancelled"], entry["history"]!.AsArray().Select(step => step!["state"]!.GetValue<string>()));
        var retry = await app.Client.PostAsync($"/manage/inboundQueue/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
    }

    [Fact]
    public async Task EntryInProgressIsRefusedWithAConflictThatSaysToTryAgain()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync();
        await app.ClaimAsIfByACrashedProcessorAsync(id, TimeSpan.FromMinutes(5));

        var response = await app.CancelAsync(OrderKind.Product, id);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Contains("try again", error["message"]!.GetValue<string>());
        Assert.Equal("2", response.Header("Retry-After"));
        Assert.Equal("InProgress", (await app.EntryAsync(id))["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"{OrderKind.Product.CancelPath()}/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-order-id")]
    public async Task UnknownOrderIsNotFound(string id)
    {
        await using var app = await PipelineApp.StartAsync();

        var response = await app.CancelAsync(OrderKind.Product, id);

        await response.AssertTmfErrorAsync(HttpStatusCode.NotFound, "notFound");
    }

    [Fact]
    public async Task AServiceOrderIsNotCancelledAsAProductOrder()
    {
        await using var app = await PipelineApp.StartAsync();
        var id = await app.CreateAsync(OrderKind.Service, "sync", "CPQ-CANCEL-WRONG-API");

        var response = await app.CancelAsync(OrderKind.Product, id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("acknowledged", (await app.GetJsonAsync($"{OrderKind.Service.Path}/{id}"))["state"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"cancellationReason":"no order"}""", "productOrder.id")]
    [InlineData("""{"productOrder":{}}""", "productOrder.id")]
    [InlineData("""{"productOrder":{"id":"0123456789abcdef0123456789abcdef"},"state":"done"}""", "state")]
    [InlineData("""{"productOrder":{"id":"0123456789abcdef0123456789abcdef"},"effectiveCancellationDate":"2026-12-02T10:00:00Z"}""", "effectiveCancellationDate")]
    [InlineData("""{"productOrder":{"id":"0123456789abcdef0123456789abcdef"},"requestedCancellationDate":"tomorrow"}""", "requestedCancellationDate")]
    [InlineData("""{"productOrder":"0123456789abcdef0123456789abcdef"}""", "productOrder")]
    public async Task AMalformedCancellationIsRefusedAtItsPath(string body, string path)
    {
        await using var app = await PipelineApp.StartAsync();

        var response = await app.Client.PostAsync(OrderKind.Product.CancelPath(), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidBody");
        Assert.Contains(path, error.DetailPaths());
    }

    [Fact]
    public async Task TheListIsFilteredByStateAndOrderAndPaged()
    {
        await using var app = await PipelineApp.StartAsync();
        var ids = new List<string>();
        for (var n = 0; n < 3; n++)
        {
            var id = await app.CreateAsync(OrderKind.Product, "sync", $"CPQ-CANCEL-LIST-{n}");
            Assert.Equal(HttpStatusCode.Created, (await app.CancelAsync(OrderKind.Product, id)).StatusCode);
            ids.Add(id);
        }

        var (page, second) = await app.GetArrayAsync($"{OrderKind.Product.CancelPath()}?offset=1&limit=1");
        var (_, byOrder) = await app.GetArrayAsync($"{OrderKind.Product.CancelPath()}?productOrder.id={ids[2]}");
        var (_, acknowledged) = await app.GetArrayAsync($"{OrderKind.Product.CancelPath()}?state=acknowledged");
        var (_, ofServiceOrders) = await app.GetArrayAsync(OrderKind.Service.CancelPath());
        var badState = await app.Client.GetAsync($"{OrderKind.Product.CancelPath()}?state=cancelled");

        Assert.Equal("3", page.Header("X-Total-Count"));
        Assert.Equal([ids[1]], second.Select(t => t!["id"]!.GetValue<string>()));
        Assert.Equal([ids[2]], byOrder.Select(t => t!["id"]!.GetValue<string>()));
        Assert.Empty(acknowledged);
        Assert.Empty(ofServiceOrders);
        await badState.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidQuery");
    }
}
