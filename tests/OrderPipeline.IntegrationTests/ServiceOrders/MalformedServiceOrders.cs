using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ServiceOrders;

/// <summary>What TMF641 makes mandatory is checked whatever the validation switches say, in both modes.</summary>
public sealed class MalformedServiceOrders : IAsyncLifetime
{
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync(new Dictionary<string, string?>
    {
        ["create_service_order_validation_sync"] = "false",
        ["create_service_order_validation_async"] = "false",
    });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("async")]
    public async Task ItemWithoutServiceIsRefusedEvenForDelete(string? mode)
    {
        var order = ServiceOrderJson.Sample();
        order.Item(0).Remove("service");
        order.Item(1)["action"] = "delete";
        order.Item(1).Remove("service");

        var error = await (await app.PostServiceOrderAsync(order, mode)).AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");

        Assert.Equal(["serviceOrderItem[0].service", "serviceOrderItem[1].service"], error.DetailPaths());
        await app.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("async")]
    public async Task RelationshipToAnItemNotInTheOrderIsRefusedAtItsItemId(string? mode)
    {
        var order = ServiceOrderJson.Sample();
        order.Item(1)["serviceOrderItemRelationship"]![0]!["orderItem"]!["itemId"] = "9";

        var error = await (await app.PostServiceOrderAsync(order, mode)).AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");

        Assert.Equal(["serviceOrderItem[1].serviceOrderItemRelationship[0].orderItem.itemId"], error.DetailPaths());
    }

    [Fact]
    public async Task ServerOwnedFieldsAndUnknownActionsAreRefusedWithTheirPaths()
    {
        var order = ServiceOrderJson.Sample();
        order["state"] = "completed";
        order.Item(0)["action"] = "change";
        order["serviceOrderItem"]!.AsArray().Add(null);

        var error = await (await app.PostServiceOrderAsync(order)).AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");

        Assert.Equal(["state", "serviceOrderItem[0].action", "serviceOrderItem[2]"], error.DetailPaths());
    }

    [Fact]
    public async Task OrderWithoutItemsIsRefusedAtServiceOrderItem()
    {
        var order = ServiceOrderJson.Sample();
        order["serviceOrderItem"] = new JsonArray();

        var error = await (await app.PostServiceOrderAsync(order, "async")).AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");

        Assert.Equal(["serviceOrderItem"], error.DetailPaths());
    }
}
