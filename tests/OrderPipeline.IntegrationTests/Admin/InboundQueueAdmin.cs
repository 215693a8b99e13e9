using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Admin;

/// <summary>What an admin watching the inbound queue sees and may do, and what a client polling an async order sees meanwhile.</summary>
public sealed class InboundQueueAdmin
{
    // With the listener off, accepted orders stay New for as long as a test looks at them.
    [Fact]
    public async Task AcceptedOrdersAreListedAsNewEntries()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var first = await app.SubmitAsyncAsync(Orders.Sample("CPQ-ADMIN-1"));
        var second = await app.SubmitAsyncAsync(Orders.Sample("CPQ-ADMIN-2"));

        var (response, entries) = await app.GetArrayAsync("/manage/inboundQueue?state=New");

        Assert.Equal([first, second], entries.Select(entry => entry!["id"]!.GetValue<string>()));
        Assert.Equal(["CPQ-ADMIN-1", "CPQ-ADMIN-2"], entries.Select(entry => entry!["externalId"]!.GetValue<string>()));
        Assert.All(entries, entry =>
        {
            Assert.Equal("New", entry!["state"]!.GetValue<string>());
            Assert.Equal("product", entry["orderType"]!.GetValue<string>());
            Assert.Equal(0, entry["attempts"]!.GetValue<int>());
            Assert.True(DateTimeOffset.TryParse(entry["createdAt"]!.GetValue<string>(), out _));
            Assert.True(DateTimeOffset.TryParse(entry["updatedAt"]!.GetValue<string>(), out _));
        });
        Assert.Equal("2", response.Header("X-Total-Count"));
        var (_, done) = await app.GetArrayAsync("/manage/inboundQueue?state=Done");
        Assert.Empty(done);
    }

    [Fact]
    public async Task SummaryCountsEntriesByState()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        await app.SubmitAsyncAsync();
        await app.SubmitAsyncAsync();
        await app.SubmitAsyncAsync();

        var summary = await app.GetJsonAsync("/manage/inboundQueue/summary");

        Assert.Equal(["Cancelled", "Done", "Error", "InProgress", "New"], summary.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal(3, summary["New"]!.GetValue<int>());
        Assert.Equal(0, summary["InProgress"]!.GetValue<int>());
        Assert.Equal(0, summary["Done"]!.GetValue<int>());
        Assert.Equal(0, summary["Error"]!.GetValue<int>());
    }

    [Fact]
    public async Task NewEntryShowsOneStepOfHistory()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync(Orders.Sample("CPQ-ADMIN-HISTORY"));

        var entry = await app.EntryAsync(id);

        Assert.Equal(id, entry["id"]!.GetValue<string>());
        Assert.Equal("New", entry["state"]!.GetValue<string>());
        Assert.Equal("product", entry["orderType"]!.GetValue<string>());
        Assert.Equal("CPQ-ADMIN-HISTORY", entry["externalId"]!.GetValue<string>());
        Assert.Equal(0, entry["attempts"]!.GetValue<int>());
        var step = Assert.Single(entry["history"]!.AsArray())!;
        Assert.Equal("New", step["state"]!.GetValue<string>());
        Assert.Equal(
            DateTimeOffset.Parse(entry["createdAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(step["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task UnknownStateIsRefused()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

        var response = await app.Client.GetAsync("/manage/inboundQueue?state=Bogus");

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidQuery");
        Assert.Equal(["state"], error.DetailPaths());
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-id")]
    public async Task UnknownEntryIsNotFound(string id)
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

        await (await app.Client.GetAsync($"/manage/inboundQueue/{id}")).AssertTmfErrorAsync(HttpStatusCode.NotFound, "notFound");
        await (await app.Client.PostAsync($"/manage/inboundQueue/{id}/retry", null)).AssertTmfErrorAsync(HttpStatusCode.NotFound, "notFound");
    }

    [Fact]
    public async Task RetryingANewEntryIsAConflictAndLeavesItAsItWas()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync();
        var before = await app.EntryAsync(id);

        var response = await app.Client.PostAsync($"/manage/inboundQueue/{id}/retry", null);

        await response.AssertTmfErrorAsync(HttpStatusCode.Conflict, "conflict");
        Assert.Equal(before.ToJsonString(), (await app.EntryAsync(id)).ToJsonString());
        Assert.Single((await app.InboundQueue.PeekMessagesAsync(maxMessages: 32)).Value);
    }

    [Fact]
    public async Task EntriesArePagedWithOffsetAndLimit()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add(await app.SubmitAsyncAsync(Orders.Sample($"CPQ-PAGE-{i}")));

        var (response, page) = await app.GetArrayAsync("/manage/inboundQueue?state=New&offset=1&limit=1");

        Assert.Equal(ids[1], Assert.Single(page)!["id"]!.GetValue<string>());
        Assert.Equal("3", response.Header("X-Total-Count"));
        Assert.Equal("1", response.Header("X-Result-Count"));
        var (_, rest) = await app.GetArrayAsync("/manage/inboundQueue?offset=2&limit=5");
        Assert.Equal([ids[2]], rest.Select(entry => entry!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task OrderWaitingInTheQueueIsAnsweredAsSubmittedAndAcknowledged()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var submitted = Orders.Sample("CPQ-ADMIN-PENDING");
        var id = await app.SubmitAsyncAsync(submitted);

        var order = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");

        Assert.Equal(id, order["id"]!.GetValue<string>());
        Assert.Equal($"{PipelineApp.ProductOrderPath}/{id}", order["href"]!.GetValue<string>());
        Assert.Equal("acknowledged", order["state"]!.GetValue<string>());
        Assert.Equal((await app.EntryAsync(id))["createdAt"]!.GetValue<string>(), order["orderDate"]!.GetValue<string>());
        foreach (var field in new[] { "externalId", "description", "category", "priority", "requestedStartDate", "requestedCompletionDate", "channel", "note", "relatedParty" })
        {
            Assert.True(JsonNode.DeepEquals(submitted[field], order[field]), $"{field} is answered as submitted");
        }

        var items = order["productOrderItem"]!.AsArray();
        Assert.Equal(["01", "02"], items.Select(item => item!["id"]!.GetValue<string>()));
        Assert.All(items, item => Assert.Equal("acknowledged", item!["state"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ProcessedEntryIsDoneWithItsHistoryAndTheOrderIsCreated()
    {
        await using var app = await PipelineApp.StartAsync();
        var id = await app.SubmitAsyncAsync(Orders.Sample("CPQ-ADMIN-DONE"));

        var entry = await app.WaitForStateAsync(id, "Done");

        Assert.Equal(["New", "InProgress", "Done"], entry["history"]!.AsArray().Select(step => step!["state"]!.GetValue<string>()));
        Assert.All(entry["history"]!.AsArray(), step => Assert.True(DateTimeOffset.TryParse(step!["at"]!.GetValue<string>(), out _)));
        Assert.Equal(id, entry["orderId"]!.GetValue<string>());
        Assert.Equal(1, entry["attempts"]!.GetValue<int>());
        var order = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");
        Assert.Equal(id, order["id"]!.GetValue<string>());
        Assert.Equal("CPQ-ADMIN-DONE", order["externalId"]!.GetValue<string>());
        Assert.Equal(entry["createdAt"]!.GetValue<string>(), order["orderDate"]!.GetValue<string>());
        Assert.Equal(2, order["productOrderItem"]!.AsArray().Count);
        var (_, listed) = await app.GetArrayAsync($"{PipelineApp.ProductOrderPath}?id={id}");
        Assert.Single(listed);
        var summary = await app.GetJsonAsync("/manage/inboundQueue/summary");
        Assert.Equal((0, 1), (summary["New"]!.GetValue<int>(), summary["Done"]!.GetValue<int>()));
    }
}
