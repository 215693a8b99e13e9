using System.Text.Json.Nodes;

namespace OrderPipeline.Domain.Tests;

public sealed class NullElements
{
    [Fact]
    public void NullRelatedPartyIsRejectedAtItsIndex()
    {
        var order = OrderJson.Baseline();
        order["relatedParty"]!.AsArray().Insert(0, null);

        Assert.Equal(["relatedParty[0]"], order.Validate().Paths());
    }

    [Fact]
    public void NullCharacteristicAndContactAreRejectedAtTheirIndexes()
    {
        var order = OrderJson.Baseline();
        order.Item(0)["product"] = new JsonObject
        {
            ["productCharacteristic"] = new JsonArray(new JsonObject { ["name"] = "bandwidth", ["value"] = "1Gbps" }, null),
            ["relatedParty"] = new JsonArray((JsonNode?)null),
        };

        Assert.Equal(
            ["productOrderItem[0].product.productCharacteristic[1]", "productOrderItem[0].product.relatedParty[0]"],
            order.Validate().Paths());
    }
}
