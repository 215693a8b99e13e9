using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ServiceOrders;

/// <summary>TMF641 <c>POST /serviceOrder?mode=async</c>: the same inbound queue and functions as product orders.</summary>
public sealed class AsyncServiceOrders
{
    [Fact]
    public async Task ServiceOrderGoesFromNewToDoneThroughTheInboundQueue()
    {
        await using var app = await PipelineApp.StartAsync();

        var response = await app.PostServiceOrderAsync(ServiceOrderJson.Sample("CPQ-SO-ASYNC-1"), "async");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = accepted["id"]!.GetValue<string>();
        Assert.Equal(("ServiceOrder", $"{PipelineApp.ServiceOrderPath}/{id}", id), (
            accepted["@type"]!.GetValue<string>(), accepted["href"]!.GetValue<string>(), accepted["orderId"]!.GetValue<string>()));
        Assert.Equal(accepted["href"]!.GetValue<string>(), response.Headers.Location!.OriginalString);

        var entry = await app.WaitForStateAsync(id, "Done");
        Assert.Equal(("service", "CPQ-SO-ASYNC-1", $"{PipelineApp.ServiceOrderPath}/{id}"), (
            entry["orderType"]!.GetValue<string>(), entry["externalId"]!.GetValue<string>(), entry["href"]!.GetValue<string>()));
        Assert.Equal(["New", "InProgress", "Done"], entry["history"]!.AsArray().Select(step => step!["state"]!.GetValue<string>()));
        Assert.Equal((1, 2), app.CountOrderRows(id));
        var created = await app.GetJsonAsync($"{PipelineApp.ServiceOrderPath}/{id}");
        Assert.Equal(["1", "2"], created["serviceOrderItem"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AcceptedServiceOrderIsAnsweredAsAcknowledgedBeforeItIsProcessed()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

        var id = await (await app.PostServiceOrderAsync(ServiceOrderJson.Sample("CPQ-SO-WAIT"), "async")).AcceptedIdAsync();

        var order = await app.GetJsonAsync($"{PipelineApp.ServiceOrderPath}/{id}");
        Assert.Equal(("acknowledged", "CPQ-SO-WAIT"), (order["state"]!.GetValue<string>(), order["externalId"]!.GetValue<string>()));
        Assert.All(order["serviceOrderItem"]!.AsArray(), item => Assert.Equal("acknowledged", item!["state"]!.GetValue<string>()));
        Assert.Equal("New", (await app.EntryAsync(id))["state"]!.GetValue<string>());
        await (await app.Client.GetAsync($"{PipelineApp.ProductOrderPath}/{id}")).AssertTmfErrorAsync(HttpStatusCode.NotFound, "notFound");
    }

    [Fact]
    public async Task ARepeatedIdempotencyKeyGivesTheSameServiceOrderAndLeavesProductOrdersApart()
    {
        await using var app = await PipelineApp.StartAsync();

        var first = await (await app.PostServiceOrderAsync(ServiceOrderJson.Sample(), "async", key: "so-key-1")).AcceptedIdAsync();
        var repeat = await app.PostServiceOrderAsync(ServiceOrderJson.Sample(), "async", key: "so-key-1");
        var product = await app.PostOrderAsync(Orders.Sample(), "async", key: "so-key-1");

        Assert.Equal(first, await repeat.AcceptedIdAsync());
        Assert.Equal("true", repeat.Header("Idempotent-Replayed"));
        Assert.NotEqual(first, await product.AcceptedIdAsync());
    }
}
