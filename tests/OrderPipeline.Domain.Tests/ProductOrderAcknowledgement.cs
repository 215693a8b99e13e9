using OrderPipeline.Domain.Ordering;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Tests;

public sealed class ProductOrderAcknowledgement
{
    private const string Id = "0199a0b2c3d4e5f60718293a4b5c6d7e";

    // 11:00:00.123 at +01:00, plus sub-millisecond ticks the answer must not show.
    private static readonly DateTimeOffset OrderDate =
        new DateTimeOffset(2026, 11, 23, 11, 0, 0, 123, TimeSpan.FromHours(1)).AddTicks(4567);

    [Fact]
    public void AcknowledgedOrderCarriesTheServerFields()
    {
        var json = OrderResource.Acknowledge(OrderJson.Baseline().ToOrder(), Id, OrderDate).ToJson();

        Assert.Equal(Id, (string?)json["id"]);
        Assert.Equal($"/tmf-api/productOrderingManagement/v4/productOrder/{Id}", (string?)json["href"]);
        Assert.Equal("2026-11-23T10:00:00.123Z", (string?)json["orderDate"]);
        Assert.Equal("acknowledged", (string?)json["state"]);
        Assert.Equal("ProductOrder", (string?)json["@type"]);
    }

    [Fact]
    public void EveryItemIsAcknowledged()
    {
        var json = OrderResource.Acknowledge(OrderJson.Baseline().ToOrder(), Id, OrderDate).ToJson();

        Assert.Equal(["acknowledged", "acknowledged"], json["productOrderItem"]!.AsArray().Select(item => (string?)item!["state"]));
    }

    [Fact]
    public void FieldsThePipelineDoesNotKnowAreKept()
    {
        var submitted = OrderJson.Baseline();
        submitted["channel"] = new JsonArray(new JsonObject { ["id"] = "web", ["name"] = "Web shop" });
        submitted["note"] = new JsonArray(new JsonObject { ["text"] = "ring twice" });
        submitted.Item(0)["itemPrice"] = new JsonArray(new JsonObject { ["priceType"] = "recurring", ["price"] = new JsonObject { ["value"] = 49.9 } });

        var json = OrderResource.Acknowledge(submitted.ToOrder(), Id, OrderDate).ToJson();

        Assert.True(JsonNode.DeepEquals(submitted["channel"], json["channel"]), json.ToJsonString());
        Assert.True(JsonNode.DeepEquals(submitted["note"], json["note"]), json.ToJsonString());
        Assert.True(JsonNode.DeepEquals(submitted.Item(0)["itemPrice"], json.Item(0)["itemPrice"]), json.ToJsonString());
        Assert.Equal("2026-12-01T08:00:00Z", (string?)json["requestedStartDate"]);
    }

    [Fact]
    public void SubmittedOrderIsLeftAsItWas()
    {
        var submitted = OrderJson.Baseline().ToOrder();

        OrderResource.Acknowledge(submitted, Id, OrderDate);

        Assert.Null(submitted.Id);
        Assert.Null(submitted.State);
        Assert.All(submitted.ProductOrderItem!, item => Assert.Null(item.State));
    }

    [Fact]
    public void RejectedOrderIsRejectedWithItsErrorMessage()
    {
        var error = new OrderErrorMessage("payloadUnavailable", "The submitted order could not be read", "the blob is gone");

        var json = OrderResource.Reject(OrderJson.Baseline().ToOrder(), Id, OrderDate, error).ToJson();

        Assert.Equal("rejected", (string?)json["state"]);
        Assert.Equal(["rejected", "rejected"], json["productOrderItem"]!.AsArray().Select(item => (string?)item!["state"]));
        var message = Assert.Single(json["errorMessage"]!.AsArray())!;
        Assert.Equal(
            ("payloadUnavailable", "The submitted order could not be read", "the blob is gone"),
            ((string?)message["code"], (string?)message["reason"], (string?)message["message"]));
    }
}
