using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ServiceOrders;

/// <summary>TMF641 <c>POST /serviceOrder</c> without <c>mode</c>: the customer service order is created at once.</summary>
public sealed class SyncServiceOrders : IAsyncLifetime
{
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task CreatedServiceOrderIsAnsweredWithEverySubmittedFieldAndServerFields()
    {
        var response = await app.PostServiceOrderAsync(ServiceOrderJson.Sample("CPQ-SO-SYNC-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = order["id"]!.GetValue<string>();
        Assert.Equal($"{PipelineApp.ServiceOrderPath}/{id}", order["href"]!.GetValue<string>());
        Assert.Equal(order["href"]!.GetValue<string>(), response.Headers.Location!.OriginalString);
        Assert.Equal("acknowledged", order["state"]!.GetValue<string>());
        Assert.Equal("ServiceOrder", order["@type"]!.GetValue<string>());
        Assert.Equal("CPQ-SO-SYNC-1", order["externalId"]!.GetValue<string>());
        Assert.Equal("Coordinate the VPN cut-over with the customer's network team.", order["note"]![0]!["text"]!.GetValue<string>());
        var items = order["serviceOrderItem"]!.AsArray();
        Assert.Equal(["1", "2"], items.Select(item => item!["id"]!.GetValue<string>()));
        Assert.All(items, item => Assert.Equal("acknowledged", item!["state"]!.GetValue<string>()));
        Assert.Equal("1", items[1]!["serviceOrderItemRelationship"]![0]!["orderItem"]!["itemId"]!.GetValue<string>());
        Assert.Equal(1000, items[0]!["service"]!["serviceCharacteristic"]![0]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task CreatedServiceOrderCanBeRetrievedAsAnswered()
    {
        var created = (await (await app.PostServiceOrderAsync(ServiceOrderJson.Sample())).Content.ReadFromJsonAsync<JsonObject>())!;

        var retrieved = await app.GetJsonAsync(created["href"]!.GetValue<string>());

        Assert.Equal(created.ToJsonString(), retrieved.ToJsonString());
    }

    [Fact]
    public async Task CustomerServiceOrderHasOneLinePerItemWithServiceNowActions()
    {
        var response = await app.PostServiceOrderAsync(ServiceOrderJson.WithEveryAction());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var lines = app.Table(app.Names.CustomerOrderLinesTable).Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}")).ToList();

        Assert.Equal(["1", "2", "3", "4"], lines.Select(line => line.GetString("LineId")));
        Assert.Equal(["Add", "Change", "Disconnect", "NoChange"], lines.Select(line => line.GetString("Action")));
        Assert.Equal("SS-INTERNET-ACCESS", lines[0].GetString("SpecificationId"));
        Assert.Null(lines[0].GetString("OfferingId"));
        Assert.Equal("SRV-1001-VPN", lines[1].GetString("InventoryId"));
        Assert.Contains("SITE-LYON-01", lines[0].GetString("Place"));
        var header = app.Table(app.Names.CustomerOrdersTable).GetEntity<TableEntity>(id, "order").Value;
        Assert.Equal(("service", "CUST-1001", 4), (header.GetString("OrderType"), header.GetString("CustomerId"), header.GetInt32("LineCount")));
    }

    [Fact]
    public async Task ServiceOrderIsNotFoundAsAProductOrderNorTheOtherWayRound()
    {
        var service = (await (await app.PostServiceOrderAsync(ServiceOrderJson.Sample())).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var product = (await (await app.PostOrderAsync(Orders.Sample())).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        await (await app.Client.GetAsync($"{PipelineApp.ProductOrderPath}/{service}")).AssertTmfErrorAsync(HttpStatusCode.NotFound, "notFound");
        await (await app.Client.GetAsync($"{PipelineApp.ServiceOrderPath}/{product}")).AssertTmfErrorAsync(HttpStatusCode.NotFound, "notFound");
        var (_, services) = await app.GetArrayAsync(PipelineApp.ServiceOrderPath);
        var (_, products) = await app.GetArrayAsync(PipelineApp.ProductOrderPath);
        Assert.Equal([service], services.Select(order => order!["id"]!.GetValue<string>()));
        Assert.Equal([product], products.Select(order => order!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ServiceOrdersAreListedWithFiltersFieldsAndCountHeaders()
    {
        foreach (var externalId in new[] { "CPQ-SO-A", "CPQ-SO-B", "CPQ-SO-C" })
        {
            Assert.Equal(HttpStatusCode.Created, (await app.PostServiceOrderAsync(ServiceOrderJson.Sample(externalId))).StatusCode);
        }

        var (response, page) = await app.GetArrayAsync($"{PipelineApp.ServiceOrderPath}?fields=externalId&offset=1&limit=1");
        Assert.Equal(("3", "1"), (response.Header("X-Total-Count"), response.Header("X-Result-Count")));
        var only = Assert.Single(page)!.AsObject();
        Assert.Equal(["id", "href", "externalId"], only.Select(property => property.Key));
        Assert.Equal("CPQ-SO-B", only["externalId"]!.GetValue<string>());

        var (_, filtered) = await app.GetArrayAsync($"{PipelineApp.ServiceOrderPath}?externalId=CPQ-SO-C&state=acknowledged");
        Assert.Equal("CPQ-SO-C", Assert.Single(filtered)!["externalId"]!.GetValue<string>());
        Assert.Equal(2, filtered[0]!["serviceOrderItem"]!.AsArray().Count);
    }
}
