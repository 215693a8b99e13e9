using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.InboundQueue;

/// <summary>Async orders driven to Done by the real queue listener, and the message contract on the queue.</summary>
public sealed class AsyncProcessing
{
    [Fact]
    public async Task AcceptedOrderIsCreatedByTheQueueListener()
    {
        await using var app = await PipelineApp.StartAsync();

        var response = await app.PostOrderAsync(Orders.Sample("CPQ-ASYNC-1"), "async");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = accepted["id"]!.GetValue<string>();
        Assert.Equal(id, accepted["orderId"]!.GetValue<string>());
        Assert.Equal("acknowledged", accepted["state"]!.GetValue<string>());
        Assert.Equal("ProductOrder", accepted["@type"]!.GetValue<string>());
        Assert.Equal($"{PipelineApp.ProductOrderPath}/{id}", response.Headers.Location!.OriginalString);

        var entry = await app.WaitForStateAsync(id, "Done");
        Assert.Equal(id, entry["orderId"]!.GetValue<string>());
        Assert.Equal(["New", "InProgress", "Done"], entry["history"]!.AsArray().Select(step => step!["state"]!.GetValue<string>()));
        var order = await app.GetJsonAsync(accepted["href"]!.GetValue<string>());
        Assert.Equal("CPQ-ASYNC-1", order["externalId"]!.GetValue<string>());
        Assert.Equal(2, order["productOrderItem"]!.AsArray().Count);
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }

    [Fact]
    public async Task QueueMessageIsBase64AndCarriesASmallOrderButOnlyPointsAtALargeOne()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

        var small = await app.SubmitAsyncAsync(Orders.Sample("CPQ-CARRIED"));
        var large = await app.SubmitAsyncAsync(Orders.MultiSite(200));

        var raw = new Azure.Storage.Queues.QueueClient(
            await SharedAzurite.ConnectionStringAsync(), app.Names.InboundQueue); // no Base64 decoding: what is on the wire
        var messages = (await raw.PeekMessagesAsync(10)).Value;
        var carried = messages
            .Select(message => JsonNode.Parse(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(message.Body.ToString())))!)
            .SelectMany(message => message["entries"]!.AsArray())
            .ToDictionary(entry => entry!["id"]!.GetValue<string>(), entry => entry!.AsObject());
        Assert.Equal(new[] { small, large }.Order(StringComparer.Ordinal), carried.Keys.Order(StringComparer.Ordinal));
        Assert.True(messages.All(message => message.Body.ToString().Length < 64 * 1024));
        var order = JsonNode.Parse(carried[small]["order"]!.GetValue<string>())!;
        Assert.Equal("CPQ-CARRIED", order["externalId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(carried[small]["version"]!.GetValue<string>()));
        Assert.Equal(["id"], carried[large].Select(property => property.Key)); // 200 lines: the order stays in storage
    }

    [Fact]
    public async Task ManyAsyncOrdersAllReachDoneExactlyOnce()
    {
        await using var app = await PipelineApp.StartAsync();

        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => app.SubmitAsyncAsync(Orders.Sample($"CPQ-BULK-{i}"))));

        await Eventually.WaitForAsync(
            () => app.GetJsonAsync("/manage/inboundQueue/summary"),
            summary => summary["Done"]!.GetValue<int>() == ids.Length,
            "all entries Done");
        Assert.All(ids, id => Assert.Equal((1, 2), app.CountOrderRows(id)));
    }
}
