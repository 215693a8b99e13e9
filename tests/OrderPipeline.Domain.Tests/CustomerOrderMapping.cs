using System.Text.Json.Nodes;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.ProductOrders;

namespace OrderPipeline.Domain.Tests;

public sealed class CustomerOrderMapping
{
    private const string Id = "0199a0b2c3d4e5f60718293a4b5c6d7e";
    private const string Place = """[{"id":"PL-1","role":"installationAddress"}]""";
    private static readonly DateTimeOffset OrderDate = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void HeaderCarriesIdDateStateExternalIdAndTheResource()
    {
        var order = Map(Submitted());

        Assert.Equal(Id, order.Id);
        Assert.Equal(OrderType.Product, order.OrderType);
        Assert.Equal(OrderDate, order.OrderDate);
        Assert.Equal("acknowledged", order.State);
        Assert.Equal("EXT-1", order.ExternalId);
        Assert.Equal(Id, System.Text.Json.Nodes.JsonNode.Parse(order.HeaderJson)!["id"]!.GetValue<string>());
    }

    [Fact]
    public void CustomerIsTheFirstCustomerParty()
    {
        var json = Submitted();
        json["relatedParty"] = new JsonArray(
            new JsonObject { ["id"] = "SALES-1", ["role"] = "Seller" },
            new JsonObject { ["id"] = "IND-7", ["role"] = "Consumer" },
            new JsonObject { ["id"] = "CUST-1", ["@referredType"] = "Customer" });

        Assert.Equal("IND-7", Map(json).CustomerId);
    }

    [Fact]
    public void LinesAreNumberedInItemOrderWithTheItemIds()
    {
        var lines = Map(Submitted()).Lines;

        Assert.Equal([1, 2], lines.Select(line => line.Number));
        Assert.Equal(["01", "02"], lines.Select(line => line.LineId));
    }

    [Fact]
    public void LinesCarryTheMappedActions() =>
        Assert.Equal([LineAction.Add, LineAction.Change], Map(Submitted()).Lines.Select(line => line.Action));

    [Fact]
    public void LinesCarryOfferingSpecificationAndProductIds()
    {
        var (first, second) = Lines(Submitted());

        Assert.Equal(("PO-FIBRE", "SPEC-FIBRE", (string?)null), (first.OfferingId, first.SpecificationId, first.InventoryId));
        Assert.Equal(("PO-ROUTER", (string?)null, "PRD-42"), (second.OfferingId, second.SpecificationId, second.InventoryId));
    }

    [Fact]
    public void LineTakesCharacteristicsContactsAndPlaceFromTheProduct()
    {
        var (first, _) = Lines(Submitted());

        var characteristic = Assert.Single(first.Characteristics);
        Assert.Equal(("speed", "1000"), (characteristic.Name, characteristic.Value?.GetString()));
        Assert.Equal("CON-1", Assert.Single(first.Contacts).Id);
        Assert.Equal(Place, first.PlaceJson);
    }

    [Fact]
    public void LineKeepsItsRelationships()
    {
        var (first, second) = Lines(Submitted());

        Assert.Empty(first.Relationships);
        var relationship = Assert.Single(second.Relationships);
        Assert.Equal(("01", "reliesOn"), (relationship.ItemId, relationship.RelationshipType));
    }

    [Fact]
    public void QuantityIsKeptAndDefaultsToOne()
    {
        var json = Submitted();
        json.Item(0)["quantity"] = 3;
        json.Item(1).Remove("quantity");

        Assert.Equal([3, 1], Map(json).Lines.Select(line => line.Quantity));
    }

    [Fact]
    public void ItemWithAnInvalidActionIsRefused()
    {
        var json = Submitted();
        json.Item(1)["action"] = "change";

        Assert.Throws<ArgumentException>(() => Map(json));
    }

    private static JsonObject Submitted()
    {
        var json = OrderJson.Baseline();
        json.Item(0)["product"] = new JsonObject
        {
            ["productSpecification"] = new JsonObject { ["id"] = "SPEC-FIBRE" },
            ["productCharacteristic"] = new JsonArray(new JsonObject { ["name"] = "speed", ["value"] = "1000" }),
            ["place"] = JsonNode.Parse(Place),
            ["relatedParty"] = new JsonArray(new JsonObject { ["id"] = "CON-1", ["role"] = "technicalContact" }),
        };
        return json;
    }

    private static CustomerOrder Map(JsonObject json) =>
        CustomerOrderFactory.From(OrderResource.Acknowledge(json.ToOrder(), Id, OrderDate), OrderDate);

    private static (CustomerOrderLine First, CustomerOrderLine Second) Lines(JsonObject json)
    {
        var lines = Map(json).Lines;
        Assert.Equal(2, lines.Count);
        return (lines[0], lines[1]);
    }
}
