using System.Text;
using System.Text.Json.Nodes;

namespace OrderPipeline.Benchmark;

/// <summary>The orders the benchmark sends: small consumer orders, a large multi-site enterprise order, and bulk bodies of small ones.</summary>
internal static class BenchmarkOrders
{
    /// <summary>A consumer order: one add line with two characteristics (~700 bytes).</summary>
    public static byte[] Small(string externalId) => Encoding.UTF8.GetBytes(SmallOrder(externalId).ToJsonString());

    /// <summary>One order per line, as bulk intake takes them.</summary>
    public static byte[] Bulk(string prefix, int orders) =>
        Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, orders).Select(i => SmallOrder($"{prefix}-{i:D5}").ToJsonString())));

    /// <summary>An enterprise order with one access line per site, each with two characteristics and a place (~400 bytes a line).</summary>
    public static byte[] MultiSite(string externalId, int lines)
    {
        var order = Header(externalId);
        var items = new JsonArray();
        for (var line = 1; line <= lines; line++)
        {
            items.Add(Item($"{line:D5}", $"SITE-{line:D5}", $"Branch office number {line}, ground floor"));
        }

        order["productOrderItem"] = items;
        return Encoding.UTF8.GetBytes(order.ToJsonString());
    }

    private static JsonObject SmallOrder(string externalId)
    {
        var order = Header(externalId);
        order["productOrderItem"] = new JsonArray(Item("01", "HOME-0001", "Home address"));
        return order;
    }

    private static JsonObject Header(string externalId) => new()
    {
        ["externalId"] = externalId,
        ["description"] = "Benchmark order",
        ["category"] = "Consumer",
        ["requestedStartDate"] = "2026-12-01T08:00:00Z",
        ["relatedParty"] = new JsonArray(new JsonObject
        {
            ["id"] = "CUST-1001", ["name"] = "Contoso Logistics", ["role"] = "Customer", ["@referredType"] = "Customer",
        }),
        ["@type"] = "ProductOrder",
    };

    private static JsonObject Item(string id, string site, string siteName) => new()
    {
        ["id"] = id,
        ["action"] = "add",
        ["quantity"] = 1,
        ["productOffering"] = new JsonObject { ["id"] = "PO-FIBER-1G", ["name"] = "Fiber 1 Gbit/s" },
        ["product"] = new JsonObject
        {
            ["productSpecification"] = new JsonObject { ["id"] = "PS-FIBER-ACCESS" },
            ["productCharacteristic"] = new JsonArray(
                new JsonObject { ["name"] = "bandwidth", ["valueType"] = "string", ["value"] = "1Gbps" },
                new JsonObject { ["name"] = "staticIpCount", ["valueType"] = "integer", ["value"] = 8 }),
            ["place"] = new JsonArray(new JsonObject { ["id"] = site, ["role"] = "installationAddress", ["name"] = siteName }),
        },
    };
}
