using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>Service orders to send: the repository's sample service order, and variations of it.</summary>
public static class ServiceOrderJson
{
    private static readonly string SampleText = File.ReadAllText(SampleFiles.PathOf("service-order.json"));

    /// <summary>The sample from samples/service-order.json: internet access, and an IP VPN relying on it.</summary>
    public static JsonObject Sample(string? externalId = null) => SampleFiles.Order(SampleText, externalId);

    /// <summary>One item of each action against the sample customer's service inventory.</summary>
    public static JsonObject WithEveryAction()
    {
        var order = Sample();
        var add = Sample()["serviceOrderItem"]![0]!.DeepClone();
        order["serviceOrderItem"] = new JsonArray(
            add,
            ExistingService("2", "modify", "SRV-1001-VPN", new JsonObject { ["name"] = "qosProfile", ["value"] = "real-time" }),
            ExistingService("3", "delete", "SRV-1001-INET"),
            ExistingService("4", "noChange", "SRV-1001-VPN"));
        return order;
    }

    public static JsonObject Item(this JsonObject order, int index) => order["serviceOrderItem"]![index]!.AsObject();

    private static JsonObject ExistingService(string id, string action, string serviceId, params JsonObject[] characteristics)
    {
        var service = new JsonObject { ["id"] = serviceId };
        if (characteristics.Length > 0) service["serviceCharacteristic"] = new JsonArray([.. characteristics]);
        return new JsonObject { ["id"] = id, ["action"] = action, ["service"] = service };
    }
}
