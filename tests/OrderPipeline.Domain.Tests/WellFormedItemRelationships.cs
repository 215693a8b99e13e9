using System.Text.Json.Nodes;

namespace OrderPipeline.Domain.Tests;

public sealed class WellFormedItemRelationships
{
    [Fact]
    public void RelationshipToAnUnknownItemIsRejectedAtTheRelationshipId()
    {
        var order = OrderJson.Baseline();
        order.Item(0)["productOrderItemRelationship"] = RelatesTo("99");

        var failure = Assert.Single(order.Validate());
        Assert.Equal("productOrderItem[0].productOrderItemRelationship[0].id", failure.Path);
        Assert.Contains("'99'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemRelatingToItselfIsRejected()
    {
        var order = OrderJson.Baseline();
        order.Item(1)["productOrderItemRelationship"] = RelatesTo("02");

        Assert.Equal(["productOrderItem[1].productOrderItemRelationship[0].id"], order.Validate().Paths());
    }

    [Fact]
    public void RelationshipWithoutTargetIdIsRejected()
    {
        var order = OrderJson.Baseline();
        order.Item(1)["productOrderItemRelationship"]![0]!.AsObject().Remove("id");

        Assert.Equal(["productOrderItem[1].productOrderItemRelationship[0].id"], order.Validate().Paths());
    }

    [Fact]
    public void ThreeItemCycleIsReportedOnceWithItsItems()
    {
        var order = OrderJson.Baseline();
        order.Item(0)["productOrderItemRelationship"] = RelatesTo("02");
        order.Item(1)["productOrderItemRelationship"] = RelatesTo("03");
        order["productOrderItem"]!.AsArray().Add(AddItem("03", RelatesTo("01")));

        var failure = Assert.Single(order.Validate());
        Assert.Equal("productOrderItem[0].productOrderItemRelationship", failure.Path);
        Assert.Contains("01 → 02 → 03 → 01", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoItemsRelatingToEachOtherAreACycle()
    {
        var order = OrderJson.Baseline();
        order.Item(0)["productOrderItemRelationship"] = RelatesTo("02");

        var failure = Assert.Single(order.Validate());
        Assert.Contains("cycle", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemsSharingADependencyAreNoCycle()
    {
        var order = OrderJson.Baseline();
        order["productOrderItem"]!.AsArray().Add(AddItem("03", RelatesTo("01", "02")));

        Assert.Empty(order.Validate());
    }

    private static JsonArray RelatesTo(params string[] ids) =>
        [.. ids.Select(id => new JsonObject { ["id"] = id, ["relationshipType"] = "reliesOn" })];

    private static JsonObject AddItem(string id, JsonArray relationships) => new()
    {
        ["id"] = id,
        ["action"] = "add",
        ["productOffering"] = new JsonObject { ["id"] = "PO-" + id },
        ["productOrderItemRelationship"] = relationships,
    };
}
