using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Storage;

/// <summary>
/// An order's items, as answered, are kept once: in its header when they fit beside the rest of the resource, so one row
/// answers for the order; on its lines when they do not, and in orders written before headers held them.
/// Either way the order is listed and found exactly as it was created.
/// </summary>
public sealed class OrderItemPlacement : IAsyncLifetime
{
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ATypicalOrderKeepsItsItemsInItsHeaderAndIsFoundWithOneRequest()
    {
        var created = await CreateAsync(Orders.Sample());
        var id = created["id"]!.GetValue<string>();

        var (requests, found) = await app.StorageRequestsDuringAsync(() => app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}"));

        Assert.Equal(created.ToJsonString(), found.ToJsonString());
        Assert.Equal(1, requests);
        Assert.True(Header(id).ContainsKey("ItemsChunks"));
        Assert.All(Lines(id), line => Assert.False(line.ContainsKey("ItemChunks")));
    }

    [Fact]
    public async Task AnOrderTooLargeForItsHeaderKeepsItsItemsOnItsLinesAndIsListedWhole()
    {
        var before = await CreateAsync(Orders.Sample("CPQ-BEFORE"));
        var large = await CreateAsync(Orders.MultiSite(1000)); // ~400 KB of items: more than a header takes
        var after = await CreateAsync(Orders.Sample("CPQ-AFTER"));
        var largeId = large["id"]!.GetValue<string>();

        var (requests, (_, orders)) = await app.StorageRequestsDuringAsync(() => app.GetArrayAsync(PipelineApp.ProductOrderPath));

        Assert.Equal([before.ToJsonString(), large.ToJsonString(), after.ToJsonString()], orders.Select(order => order!.ToJsonString()));
        Assert.False(Header(largeId).ContainsKey("ItemsChunks"));
        Assert.All(Lines(largeId), line => Assert.True(line.ContainsKey("ItemChunks")));
        // Counting and reading the three headers, then the large order's 1,000 lines.
        Assert.True(requests <= 3, $"listing sent {requests} storage requests; at most 3 expected");
    }

    [Fact]
    public async Task AnOrderStoredByThePreviousVersionWithItsItemsOnItsLinesIsListedAndFoundAsCreated()
    {
        var created = await CreateAsync(Orders.WithEveryAction());
        var id = created["id"]!.GetValue<string>();
        await RewriteAsThePreviousVersionStoredItAsync(id);

        var (_, orders) = await app.GetArrayAsync(PipelineApp.ProductOrderPath);
        var found = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");

        Assert.Equal(created.ToJsonString(), Assert.Single(orders)!.ToJsonString());
        Assert.Equal(created.ToJsonString(), found.ToJsonString());
    }

    private async Task<JsonObject> CreateAsync(JsonObject order)
    {
        var response = await app.PostOrderAsync(order);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201 but got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The previous version kept each item on its line (<c>Item</c>) and the header without items.</summary>
    private async Task RewriteAsThePreviousVersionStoredItAsync(string id)
    {
        var header = Header(id);
        var items = JsonNode.Parse(string.Concat(Enumerable.Range(0, header.GetInt32("ItemsChunks")!.Value).Select(i => header.GetString($"Items{i}"))))!.AsArray();
        foreach (var (line, item) in Lines(id).Zip(items))
        {
            line["ItemChunks"] = 1;
            line["Item0"] = item!.ToJsonString();
            await app.Table(app.Names.CustomerOrderLinesTable).UpdateEntityAsync(line, line.ETag, TableUpdateMode.Replace);
        }

        foreach (var name in header.Keys.Where(name => name.StartsWith("Items", StringComparison.Ordinal)).ToList())
        {
            header.Remove(name);
        }

        await app.Table(app.Names.CustomerOrdersTable).UpdateEntityAsync(header, header.ETag, TableUpdateMode.Replace);
    }

    private TableEntity Header(string id) => app.Table(app.Names.CustomerOrdersTable).GetEntity<TableEntity>(id, "order").Value;

    private List<TableEntity> Lines(string id) =>
        [.. app.Table(app.Names.CustomerOrderLinesTable).Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}"))];
}
