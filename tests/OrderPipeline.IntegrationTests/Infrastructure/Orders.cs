using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>Product orders to send: the repository's sample order, and variations of it.</summary>
public static class Orders
{
    private static readonly string SampleText = File.ReadAllText(SampleFiles.PathOf("product-order.json"));

    /// <summary>The sample order from samples/product-order.json: two add lines, one relying on the other.</summary>
    public static JsonObject Sample(string? externalId = null) => SampleFiles.Order(SampleText, externalId);

    /// <summary>An order with one line of each action: add, modify, delete, noChange, the last three on the sample customer's products.</summary>
    public static JsonObject WithEveryAction()
    {
        var order = Sample();
        var add = order["productOrderItem"]![0]!.DeepClone().AsObject();
        add.Remove("productOrderItemRelationship");
        order["productOrderItem"] = new JsonArray(
            add,
            Item("02", "modify", new JsonObject { ["id"] = "PO-ROUTER-MANAGED" }, productId: "PRD-1001-ROUTER"),
            Item("03", "delete", null, productId: "PRD-1001-MOBILE"),
            Item("04", "noChange", null, productId: "PRD-1001-FIBER"));
        return order;
    }

    /// <summary>Well-formed but against the business rules: no customer party, a line without an offering (and so not in the catalog).</summary>
    public static JsonObject BusinessInvalid()
    {
        var order = Sample();
        order.Remove("relatedParty");
        order["productOrderItem"]![0]!.AsObject().Remove("productOffering");
        return order;
    }

    /// <summary>An enterprise order: one access line per site, each with characteristics and a place (~400 bytes a line).</summary>
    public static JsonObject MultiSite(int lineCount, string? externalId = null)
    {
        var order = Sample(externalId ?? $"CPQ-MULTISITE-{lineCount}");
        var items = new JsonArray();
        for (var line = 1; line <= lineCount; line++)
        {
            items.Add(new JsonObject
            {
                ["id"] = $"{line:D4}",
                ["action"] = "add",
                ["quantity"] = 1,
                ["productOffering"] = new JsonObject { ["id"] = "PO-FIBER-1G", ["name"] = "Business Fiber 1 Gbit/s" },
                ["product"] = new JsonObject
                {
                    ["productSpecification"] = new JsonObject { ["id"] = "PS-FIBER-ACCESS" },
                    ["productCharacteristic"] = new JsonArray(
                        new JsonObject { ["name"] = "bandwidth", ["valueType"] = "string", ["value"] = "1Gbps" },
                        new JsonObject { ["name"] = "staticIpCount", ["valueType"] = "integer", ["value"] = 8 }),
                    ["place"] = new JsonArray(new JsonObject { ["id"] = $"SITE-{line:D5}", ["role"] = "installationAddress", ["name"] = $"Branch office number {line}, ground floor" }),
                },
            });
        }

        order["productOrderItem"] = items;
        return order;
    }

    private static JsonObject Item(string id, string action, JsonObject? offering, string? productId)
    {
        var item = new JsonObject { ["id"] = id, ["action"] = action };
        if (offering is not null) item["productOffering"] = offering;
        if (productId is not null) item["product"] = new JsonObject { ["id"] = productId };
        return item;
    }
}
