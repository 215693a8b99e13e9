using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.InboundQueue;

/// <summary>Async orders accepted at the same moment share their storage writes and their queue message.</summary>
public sealed class GroupCommittedIntake
{
    private const int OrderCount = 48;

    [Fact]
    public async Task SimultaneousOrdersShareTransactionsAndMessagesAndEachIsRecorded()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var before = await app.GetJsonAsync("/manage/diagnostics/storageOperations");

        var ids = await SubmitAtOnceAsync(app);
        var after = await app.GetJsonAsync("/manage/diagnostics/storageOperations");

        Assert.Equal(OrderCount, (await app.GetJsonAsync("/manage/inboundQueue/summary"))["New"]!.GetValue<int>());
        var messages = (await app.InboundQueue.ReceiveMessagesAsync(32)).Value;
        var named = messages.SelectMany(message => EntryIds(message.Body.ToString())).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        Assert.True(messages.Length < OrderCount, $"{OrderCount} orders took {messages.Length} messages");
        var tableRequests = after["table"]!.GetValue<long>() - before["table"]!.GetValue<long>();
        Assert.True(tableRequests < OrderCount, $"{OrderCount} orders took {tableRequests} table requests (one transaction each, unshared)");
    }

    [Fact]
    public async Task OneMessageNamingManyEntriesFinishesEveryOne()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var ids = await SubmitAtOnceAsync(app);
        await app.InboundQueue.ClearMessagesAsync();
        var message = new JsonObject { ["ids"] = new JsonArray([.. ids.Select(id => JsonValue.Create(id))]) }.ToJsonString();

        await app.DeliverAsync(message, dequeueCount: 1);

        Assert.Equal(OrderCount, (await app.GetJsonAsync("/manage/inboundQueue/summary"))["Done"]!.GetValue<int>());
        Assert.All(ids, id => Assert.Equal((1, 2), app.CountOrderRows(id)));
    }

    private static async Task<List<string>> SubmitAtOnceAsync(PipelineApp app)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, OrderCount).Select(n => app.PostOrderAsync(Orders.Sample($"CPQ-GROUP-{n}"), "async")));
        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Accepted, response.StatusCode));
        return [.. await Task.WhenAll(responses.Select(async response => JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>()))];
    }

    private static IEnumerable<string> EntryIds(string messageText)
    {
        var message = JsonNode.Parse(messageText)!;
        return message["entries"] is JsonArray entries ? entries.Select(entry => entry!["id"]!.GetValue<string>())
            : message["ids"] is JsonArray ids ? ids.Select(id => id!.GetValue<string>())
            : [message["id"]!.GetValue<string>()];
    }
}
