using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ProductOrders;

public sealed class SyncProductOrders : IAsyncLifetime
{
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task CreatedOrderIsAnsweredWithEverySubmittedFieldAndServerFields()
    {
        var response = await app.PostOrderAsync(Orders.Sample("CPQ-SYNC-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = order["id"]!.GetValue<string>();
        Assert.Equal($"{PipelineApp.ProductOrderPath}/{id}", order["href"]!.GetValue<string>());
        Assert.Equal(order["href"]!.GetValue<string>(), response.Headers.Location!.OriginalString);
        Assert.Equal("acknowledged", order["state"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(order["orderDate"]!.GetValue<string>(), out _));
        Assert.Equal("CPQ-SYNC-1", order["externalId"]!.GetValue<string>());
        Assert.Equal("enterprise", order["category"]!.GetValue<string>());
        Assert.Equal("2026-12-15T17:00:00Z", order["requestedCompletionDate"]!.GetValue<string>());
        Assert.Equal("cpq-partner-portal", order["channel"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("Site access via loading dock, ask for facilities.", order["note"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("CUST-1001", order["relatedParty"]![0]!["id"]!.GetValue<string>());
        var items = order["productOrderItem"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal("acknowledged", item!["state"]!.GetValue<string>()));
        Assert.Equal(8, items[0]!["product"]!["productCharacteristic"]![1]!["value"]!.GetValue<int>());
    }

    [Fact]
    public async Task CreatedOrderCanBeRetrievedAsAnswered()
    {
        var created = (await (await app.PostOrderAsync(Orders.Sample())).Content.ReadFromJsonAsync<JsonObject>())!;

        var retrieved = await app.GetJsonAsync(created["href"]!.GetValue<string>());

        Assert.Equal(created.ToJsonString(), retrieved.ToJsonString());
    }

    [Fact]
    public async Task CustomerOrderHasOneLinePerItemWithMappedAction()
    {
        var response = await app.PostOrderAsync(Orders.WithEveryAction());
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var lines = app.Table(app.Names.CustomerOrderLinesTable).Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}")).ToList();

        Assert.Equal(["01", "02", "03", "04"], lines.Select(line => line.GetString("LineId")));
        Assert.Equal(["Add", "Change", "Disconnect", "NoChange"], lines.Select(line => line.GetString("Action")));
        Assert.Equal("PO-FIBER-1G", lines[0].GetString("OfferingId"));
        Assert.Equal("PRD-1001-ROUTER", lines[1].GetString("InventoryId"));
        var header = app.Table(app.Names.CustomerOrdersTable).GetEntity<TableEntity>(id, "order").Value;
        Assert.Equal("CUST-1001", header.GetString("CustomerId"));
        Assert.Equal(4, header.GetInt32("LineCount"));
    }

    [Fact]
    public async Task CustomerOrderLineKeepsCharacteristicsPlaceContactsAndRelationships()
    {
        var response = await app.PostOrderAsync(Orders.Sample());
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var lines = app.Table(app.Names.CustomerOrderLinesTable).Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}")).ToList();

        Assert.Contains("staticIpCount", lines[0].GetString("Characteristics0"));
        Assert.Contains("SITE-LYON-01", lines[0].GetString("Place"));
        Assert.Contains("Camille Martin", lines[0].GetString("Contacts0"));
        Assert.Contains("reliesOn", lines[1].GetString("Relationships0"));
    }
}
