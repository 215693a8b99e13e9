using System.Text.Json.Nodes;

namespace OrderPipeline.Domain.Tests;

public sealed class WellFormedOrderItems
{
    [Fact]
    public void BaselineOrderPassesEveryCheck() => Assert.Empty(OrderJson.Baseline().Validate());

    [Fact]
    public void OrderWithoutItemsIsRejectedAtProductOrderItem()
    {
        var order = OrderJson.Baseline();
        order.Remove("productOrderItem");

        Assert.Equal(["productOrderItem"], order.Validate().Paths());
    }

    [Fact]
    public void OrderWithAnEmptyItemListIsRejectedAtProductOrderItem()
    {
        var order = OrderJson.Baseline();
        order["productOrderItem"] = new JsonArray();

        Assert.Equal(["productOrderItem"], order.Validate().Paths());
    }

    [Fact]
    public void NullItemIsRejectedAtItsIndex()
    {
        var order = OrderJson.Baseline();
        order["productOrderItem"]!.AsArray().Insert(0, null);

        Assert.Equal(["productOrderItem[0]"], order.Validate().Paths());
    }

    [Fact]
    public void ItemWithoutIdIsRejectedAtItsIdPath()
    {
        var order = OrderJson.Baseline();
        order.Item(1).Remove("id");

        Assert.Equal(["productOrderItem[1].id"], order.Validate().Paths());
    }

    [Fact]
    public void ItemWithBlankIdIsRejectedAtItsIdPath()
    {
        var order = OrderJson.Baseline();
        order.Item(1)["id"] = " ";

        Assert.Equal(["productOrderItem[1].id"], order.Validate().Paths());
    }

    [Fact]
    public void ItemWithoutActionIsRejectedAtItsActionPath()
    {
        var order = OrderJson.Baseline();
        order.Item(0).Remove("action");

        Assert.Equal(["productOrderItem[0].action"], order.Validate().Paths());
    }

    [Theory]
    [InlineData("change")]
    [InlineData("Add")]
    [InlineData("DELETE")]
    [InlineData("nochange")]
    [InlineData(" add")]
    public void ActionOutsideTheTmfValuesIsRejected(string action)
    {
        var order = OrderJson.Baseline();
        order.Item(0)["action"] = action;

        var failure = Assert.Single(order.Validate());
        Assert.Equal("productOrderItem[0].action", failure.Path);
        Assert.Contains($"'{action}'", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("add")]
    [InlineData("modify")]
    [InlineData("delete")]
    [InlineData("noChange")]
    public void EveryTmfActionIsAccepted(string action)
    {
        var order = OrderJson.Baseline();
        order.Item(0)["action"] = action;
        order.Item(0)["product"] = new JsonObject { ["id"] = "PRD-7" };

        Assert.Empty(order.Validate());
    }

    [Fact]
    public void DuplicateItemIdIsRejectedAtTheLaterItem()
    {
        var order = OrderJson.Baseline();
        order.Item(1).Remove("productOrderItemRelationship");
        order.Item(1)["id"] = "01";

        var failure = Assert.Single(order.Validate());
        Assert.Equal("productOrderItem[1].id", failure.Path);
        Assert.Contains("productOrderItem[0]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralFailuresAreReportedTogether()
    {
        var order = OrderJson.Baseline();
        order["state"] = "completed";
        order.Remove("relatedParty");
        order.Item(0).Remove("action");
        order.Item(1).Remove("id");

        string[] expected = ["productOrderItem[0].action", "productOrderItem[1].id", "relatedParty", "state"];
        Assert.Equal(expected, order.Validate().Paths().Order(StringComparer.Ordinal));
    }
}
