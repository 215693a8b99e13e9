using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>What an admin or a client sees of async orders, read through the app's own API and tables.</summary>
public static class InboundEntries
{
    public static async Task<string> SubmitAsyncAsync(this PipelineApp app, JsonObject? order = null)
    {
        var response = await app.PostOrderAsync(order ?? Orders.Sample(), "async");
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["id"]!.GetValue<string>();
    }

    public static Task<JsonObject> EntryAsync(this PipelineApp app, string id) => app.GetJsonAsync($"/manage/inboundQueue/{id}");

    public static Task<JsonObject> WaitForStateAsync(this PipelineApp app, string id, string state, TimeSpan? timeout = null) =>
        Eventually.WaitForAsync(() => app.EntryAsync(id), entry => entry["state"]!.GetValue<string>() == state, $"entry {id} to be {state}", timeout);

    /// <summary>How many customer order headers and lines exist for an order id, straight from the tables.</summary>
    public static (int Headers, int Lines) CountOrderRows(this PipelineApp app, string id)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {id}");
        return (app.Table(app.Names.CustomerOrdersTable).Query<TableEntity>(filter).Count(),
                app.Table(app.Names.CustomerOrderLinesTable).Query<TableEntity>(filter).Count());
    }

    /// <summary>Claims the entry as a processor would that then dies: InProgress, with a lease that ends after <paramref name="lease"/>.</summary>
    public static async Task<InboundEntry> ClaimAsIfByACrashedProcessorAsync(this PipelineApp app, string id, TimeSpan lease)
    {
        var store = app.Services.GetRequiredService<IInboundEntryStore>();
        var entry = (await store.FindAsync(id, CancellationToken.None))!;
        entry.Claim(DateTimeOffset.UtcNow, lease);
        Assert.True(await store.TryUpdateAsync(entry, CancellationToken.None));
        return entry;
    }

    /// <summary>Claims the entry and puts it in Error, as a processor does that gave up after the last delivery.</summary>
    public static async Task FailAsIfAfterItsLastAttemptAsync(this IInboundEntryStore store, string id)
    {
        var entry = (await store.FindAsync(id, CancellationToken.None))!;
        entry.Claim(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        Assert.True(await store.TryUpdateAsync(entry, CancellationToken.None));
        entry.Fail(InboundError.GaveUp(5, "test", "a test gave up"), DateTimeOffset.UtcNow);
        Assert.True(await store.TryUpdateAsync(entry, CancellationToken.None));
    }

    /// <summary>A queue message exactly as the intake writes it (the queue client encodes it in Base64).</summary>
    public static string MessageFor(string id) => $$"""{"id":"{{id}}"}""";
}
