using System.Text.Json.Nodes;

namespace OrderPipeline.Domain.Tests;

public sealed class BusinessRuleChecks
{
    [Fact]
    public void OrderWithoutRelatedPartyIsRejectedAtRelatedParty()
    {
        var order = OrderJson.Baseline();
        order.Remove("relatedParty");

        Assert.Equal(["relatedParty"], order.Validate().Paths());
    }

    [Fact]
    public void OrderNamingNoCustomerIsRejectedAtRelatedParty()
    {
        var order = OrderJson.Baseline();
        order["relatedParty"] = Parties(new JsonObject { ["id"] = "TECH-1", ["role"] = "Technician", ["@referredType"] = "Individual" });

        Assert.Equal(["relatedParty"], order.Validate().Paths());
    }

    [Fact]
    public void ConsumerRoleCountsAsCustomer()
    {
        var order = OrderJson.Baseline();
        order["relatedParty"] = Parties(new JsonObject { ["id"] = "IND-1", ["role"] = "Consumer" });

        Assert.Empty(order.Validate());
    }

    [Theory]
    [InlineData("@referredType", "customer")]
    [InlineData("@referredType", "cOnSuMeR")]
    [InlineData("role", "CUSTOMER")]
    [InlineData("role", "consumer")]
    public void CustomerKindIsMatchedWithoutRegardToCase(string field, string value)
    {
        var order = OrderJson.Baseline();
        order["relatedParty"] = Parties(new JsonObject { ["id"] = "CUST-1", [field] = value });

        Assert.Empty(order.Validate());
    }

    [Fact]
    public void AddItemWithoutOfferingIdIsRejected()
    {
        var order = OrderJson.Baseline();
        order.Item(0)["productOffering"] = new JsonObject { ["name"] = "Fibre 1G" };

        Assert.Equal(["productOrderItem[0].productOffering.id"], order.Validate().Paths());
    }

    [Fact]
    public void ModifyItemWithoutProductIdIsRejected()
    {
        var order = OrderJson.Baseline();
        order.Item(1).Remove("product");

        Assert.Equal(["productOrderItem[1].product.id"], order.Validate().Paths());
    }

    [Fact]
    public void DeleteItemWithoutProductIdIsRejected()
    {
        var order = OrderJson.Baseline();
        order.Item(1)["action"] = "delete";
        order.Item(1)["product"] = new JsonObject { ["name"] = "Router" };

        Assert.Equal(["productOrderItem[1].product.id"], order.Validate().Paths());
    }

    [Fact]
    public void DeleteItemNeedsNoOffering()
    {
        var order = OrderJson.Baseline();
        order.Item(1)["action"] = "delete";
        order.Item(1).Remove("productOffering");

        Assert.Empty(order.Validate());
    }

    [Fact]
    public void NoChangeItemNeedsNeitherOfferingNorProduct()
    {
        var order = OrderJson.Baseline();
        order.Item(1)["action"] = "noChange";
        order.Item(1).Remove("productOffering");
        order.Item(1).Remove("product");

        Assert.Empty(order.Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void QuantityBelowOneIsRejected(int quantity)
    {
        var order = OrderJson.Baseline();
        order.Item(0)["quantity"] = quantity;

        Assert.Equal(["productOrderItem[0].quantity"], order.Validate().Paths());
    }

    [Fact]
    public void OmittedQuantityIsAccepted()
    {
        var order = OrderJson.Baseline();
        order.Item(0).Remove("quantity");

        Assert.Empty(order.Validate());
    }

    [Fact]
    public void CompletionBeforeStartIsRejectedAtRequestedCompletionDate()
    {
        var order = OrderJson.Baseline();
        order["requestedStartDate"] = "2026-12-15T17:00:00Z";
        order["requestedCompletionDate"] = "2026-12-01T08:00:00Z";

        Assert.Equal(["requestedCompletionDate"], order.Validate().Paths());
    }

    [Fact]
    public void DatesAreComparedAsInstantsNotAsText()
    {
        var order = OrderJson.Baseline();
        order["requestedStartDate"] = "2026-12-01T10:00:00+02:00";
        order["requestedCompletionDate"] = "2026-12-01T09:00:00Z";

        Assert.Empty(order.Validate());
    }

    private static JsonArray Parties(JsonObject party) => [party];
}
