using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Catalog;

/// <summary>
/// Orders against the sample catalog (samples/reference-data.json), one per business rule, each either accepted
/// or refused at a JSON path. The same rule is written once per order type, with that type's names.
/// </summary>
public static class CatalogCases
{
    public sealed record Case(bool IsServiceOrder, Func<JsonObject> Order, string? RefusedAt)
    {
        public Task<HttpResponseMessage> PostAsync(PipelineApp app, string? mode) =>
            IsServiceOrder ? app.PostServiceOrderAsync(Order(), mode) : app.PostOrderAsync(Order(), mode);
    }

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>
    {
        // Product orders
        ["product: the sample order"] = Product(() => Orders.Sample(), null),
        ["product: unknown offering"] = Product(() => WithProductItem0(item => item["productOffering"]!["id"] = "PO-NO-SUCH"), "productOrderItem[0].productOffering.id"),
        ["product: retired offering added"] = Product(() => WithProductItem0(item => item["productOffering"]!["id"] = "PO-FIBER-100M-LEGACY"), "productOrderItem[0].productOffering.id"),
        ["product: specification not the offering's"] = Product(
            () => WithProductItem0(item => item["product"]!["productSpecification"]!["id"] = "PS-MOBILE-PLAN"), "productOrderItem[0].product.productSpecification.id"),
        ["product: specification implied by the offering"] = Product(() => WithProductItem0(item => item["product"]!.AsObject().Remove("productSpecification")), null),
        ["product: undeclared characteristic"] = Product(
            () => WithProductItem0(item => Characteristics(item).Add(Characteristic("colour", "red"))), "productOrderItem[0].product.productCharacteristic[2].name"),
        ["product: required characteristic missing"] = Product(
            () => WithProductItem0(item => Characteristics(item).RemoveAt(0)), "productOrderItem[0].product.productCharacteristic"),
        ["product: value of the wrong type"] = Product(
            () => WithProductItem0(item => Characteristics(item)[1]!["value"] = "eight"), "productOrderItem[0].product.productCharacteristic[1].value"),
        ["product: value not allowed"] = Product(
            () => WithProductItem0(item => Characteristics(item)[0]!["value"] = "2Gbps"), "productOrderItem[0].product.productCharacteristic[0].value"),
        ["product: modify and delete of the customer's active products"] = Product(
            () => ProductChanges(("modify", "PRD-1001-FIBER"), ("delete", "PRD-1001-MOBILE")), null),
        ["product: modify of an unknown product"] = Product(() => ProductChanges(("modify", "PRD-NO-SUCH")), "productOrderItem[0].product.id"),
        ["product: modify of a terminated product"] = Product(() => ProductChanges(("modify", "PRD-1001-OLD-FIBER")), "productOrderItem[0].product.id"),
        ["product: modify of another customer's product"] = Product(() => ProductChanges(("modify", "PRD-1002-FIBER")), "productOrderItem[0].product.id"),
        ["product: modify naming another specification"] = Product(
            () => ProductChanges(("modify", "PRD-1001-FIBER")).Also(order => order["productOrderItem"]![0]!["product"]!["productSpecification"] = new JsonObject { ["id"] = "PS-ROUTER" }),
            "productOrderItem[0].product.productSpecification.id"),
        ["product: modify with a value not allowed"] = Product(
            () => ProductChanges(("modify", "PRD-1001-FIBER")).Also(order => order["productOrderItem"]![0]!["product"]!["productCharacteristic"] = new JsonArray(Characteristic("bandwidth", "2Gbps"))),
            "productOrderItem[0].product.productCharacteristic[0].value"),
        ["product: delete of a terminated product"] = Product(() => ProductChanges(("delete", "PRD-1001-OLD-FIBER")), "productOrderItem[0].product.id"),
        ["product: delete of another customer's product"] = Product(() => ProductChanges(("delete", "PRD-1002-FIBER")), "productOrderItem[0].product.id"),
        ["product: modify and delete of a retired offering's products"] = Product(
            () => ProductChanges(("modify", "PRD-1001-LEGACY"), ("delete", "PRD-1001-LEGACY")).Also(order => order["productOrderItem"]![1]!["id"] = "02"), null),
        ["product: SD-WAN site without the router it requires"] = Product(() => SdWan(router: null), "productOrderItem[0]"),
        ["product: SD-WAN site relating to the customer's existing router"] = Product(() => SdWan(router: "PRD-1001-ROUTER"), null),
        ["product: SD-WAN site relating to another customer's product"] = Product(() => SdWan(router: "PRD-1002-FIBER"), "productOrderItem[0]"),
        ["product: SD-WAN site with a router in the same order"] = Product(SdWanWithRouterItem, null),
        ["product: relationship type the specification does not declare"] = Product(
            () => Orders.Sample().Also(order => order["productOrderItem"]![1]!["productOrderItemRelationship"]![0]!["relationshipType"] = "enables"),
            "productOrderItem[1].productOrderItemRelationship[0].relationshipType"),
        ["product: unknown customer"] = Product(() => Orders.Sample().Also(order => order["relatedParty"]![0]!["id"] = "CUST-NO-SUCH"), "relatedParty[0].id"),
        ["product: suspended customer"] = Product(() => Orders.Sample().Also(order => order["relatedParty"]![0]!["id"] = "CUST-2001"), "relatedParty[0].id"),

        // Service orders
        ["service: the sample order"] = Service(() => ServiceOrderJson.Sample(), null),
        ["service: modify, delete and noChange of the customer's services"] = Service(ServiceOrderJson.WithEveryAction, null),
        ["service: unknown specification"] = Service(
            () => WithServiceItem0(item => item["service"]!["serviceSpecification"]!["id"] = "SS-NO-SUCH"), "serviceOrderItem[0].service.serviceSpecification.id"),
        ["service: retired specification added"] = Service(
            () => WithServiceItem0(item => item["service"]!["serviceSpecification"]!["id"] = "SS-LEGACY-DSL"), "serviceOrderItem[0].service.serviceSpecification.id"),
        ["service: add without a specification"] = Service(
            () => WithServiceItem0(item => item["service"]!.AsObject().Remove("serviceSpecification")), "serviceOrderItem[0].service.serviceSpecification.id"),
        ["service: undeclared characteristic"] = Service(
            () => WithServiceItem0(item => ServiceCharacteristics(item).Add(Characteristic("colour", "red"))), "serviceOrderItem[0].service.serviceCharacteristic[2].name"),
        ["service: required characteristic missing"] = Service(
            () => WithServiceItem0(item => ServiceCharacteristics(item).RemoveAt(1)), "serviceOrderItem[0].service.serviceCharacteristic"),
        ["service: value of the wrong type"] = Service(
            () => WithServiceItem0(item => ServiceCharacteristics(item)[0]!["value"] = "fast"), "serviceOrderItem[0].service.serviceCharacteristic[0].value"),
        ["service: value not allowed"] = Service(
            () => WithServiceItem0(item => ServiceCharacteristics(item)[0]!["value"] = 250), "serviceOrderItem[0].service.serviceCharacteristic[0].value"),
        ["service: modify of an unknown service"] = Service(() => ServiceChange("modify", "SRV-NO-SUCH"), "serviceOrderItem[1].service.id"),
        ["service: modify of a terminated service"] = Service(() => ServiceChange("modify", "SRV-1001-OLD"), "serviceOrderItem[1].service.id"),
        ["service: modify of another customer's service"] = Service(() => ServiceChange("modify", "SRV-1002-INET"), "serviceOrderItem[1].service.id"),
        ["service: modify naming another specification"] = Service(
            () => ServiceChange("modify", "SRV-1001-VPN").Also(order => order["serviceOrderItem"]![1]!["service"]!["serviceSpecification"] = new JsonObject { ["id"] = "SS-INTERNET-ACCESS" }),
            "serviceOrderItem[1].service.serviceSpecification.id"),
        ["service: delete of a terminated service"] = Service(() => ServiceChange("delete", "SRV-1001-OLD"), "serviceOrderItem[1].service.id"),
        ["service: IP VPN without the internet access it relies on"] = Service(() => IpVpnAlone(existingAccess: null), "serviceOrderItem[0]"),
        ["service: IP VPN relating to the customer's existing internet access"] = Service(() => IpVpnAlone(existingAccess: "SRV-1001-INET"), null),
        ["service: relationship type the specification does not declare"] = Service(
            () => ServiceOrderJson.Sample().Also(order => order["serviceOrderItem"]![1]!["serviceOrderItemRelationship"]![0]!["relationshipType"] = "enables"),
            "serviceOrderItem[1].serviceOrderItemRelationship[0].relationshipType"),
        ["service: unknown customer"] = Service(() => ServiceOrderJson.Sample().Also(order => order["relatedParty"]![0]!["id"] = "CUST-NO-SUCH"), "relatedParty[0].id"),
    };

    public static TheoryData<string, string?> Named(bool refused)
    {
        var rows = new TheoryData<string, string?>();
        foreach (var name in All.Keys.Where(name => All[name].RefusedAt is not null == refused))
        {
            rows.Add(name, null);
            rows.Add(name, "async");
        }

        return rows;
    }

    /// <summary>Sends the named case and fails unless it is created (sync) or accepted (async).</summary>
    public static async Task AssertAcceptedAsync(PipelineApp app, string name, string? mode)
    {
        var response = await All[name].PostAsync(app, mode);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == (mode is null ? HttpStatusCode.Created : HttpStatusCode.Accepted),
            $"{name} ({mode ?? "sync"}): {(int)response.StatusCode} {body}");
    }

    private static Case Product(Func<JsonObject> order, string? refusedAt) => new(false, order, refusedAt);

    private static Case Service(Func<JsonObject> order, string? refusedAt) => new(true, order, refusedAt);

    private static JsonObject Also(this JsonObject order, Action<JsonObject> change)
    {
        change(order);
        return order;
    }

    private static JsonObject WithProductItem0(Action<JsonObject> change) =>
        Orders.Sample().Also(order => change(order["productOrderItem"]![0]!.AsObject()));

    private static JsonObject WithServiceItem0(Action<JsonObject> change) =>
        ServiceOrderJson.Sample().Also(order => change(order.Item(0)));

    private static JsonArray Characteristics(JsonObject item) => item["product"]!["productCharacteristic"]!.AsArray();

    private static JsonArray ServiceCharacteristics(JsonObject item) => item["service"]!["serviceCharacteristic"]!.AsArray();

    private static JsonObject Characteristic(string name, JsonNode value) => new() { ["name"] = name, ["value"] = value };

    private static JsonObject ProductChanges(params (string Action, string ProductId)[] changes) =>
        Orders.Sample().Also(order => order["productOrderItem"] = new JsonArray([.. changes.Select((change, index) => (JsonNode)new JsonObject
        {
            ["id"] = $"{index + 1:D2}",
            ["action"] = change.Action,
            ["productOffering"] = new JsonObject { ["id"] = "PO-FIBER-1G" },
            ["product"] = new JsonObject { ["id"] = change.ProductId },
        })]));

    private static JsonObject SdWan(string? router) => Orders.Sample().Also(order =>
    {
        var product = new JsonObject
        {
            ["productSpecification"] = new JsonObject { ["id"] = "PS-SDWAN-SITE" },
            ["productCharacteristic"] = new JsonArray(Characteristic("siteTier", "gold"), Characteristic("wanLinks", 2)),
        };
        if (router is not null)
        {
            product["productRelationship"] = new JsonArray(new JsonObject { ["relationshipType"] = "requires", ["product"] = new JsonObject { ["id"] = router } });
        }

        order["productOrderItem"] = new JsonArray(new JsonObject
        {
            ["id"] = "01", ["action"] = "add", ["productOffering"] = new JsonObject { ["id"] = "PO-SDWAN-SITE-GOLD" }, ["product"] = product,
        });
    });

    // The router relies on the sample's fiber access line; the site requires the router.
    private static JsonObject SdWanWithRouterItem() => Orders.Sample().Also(order =>
    {
        var site = SdWan(router: null)["productOrderItem"]![0]!.DeepClone().AsObject();
        site["id"] = "03";
        site["productOrderItemRelationship"] = new JsonArray(new JsonObject { ["id"] = "02", ["relationshipType"] = "requires" });
        order["productOrderItem"]!.AsArray().Add(site);
    });

    private static JsonObject ServiceChange(string action, string serviceId) => ServiceOrderJson.Sample().Also(order =>
        order["serviceOrderItem"]![1] = new JsonObject { ["id"] = "2", ["action"] = action, ["service"] = new JsonObject { ["id"] = serviceId } });

    private static JsonObject IpVpnAlone(string? existingAccess) => ServiceOrderJson.Sample().Also(order =>
    {
        var vpn = order.Item(1);
        vpn["id"] = "1";
        vpn.Remove("serviceOrderItemRelationship");
        if (existingAccess is not null)
        {
            vpn["service"]!["serviceRelationship"] = new JsonArray(
                new JsonObject { ["relationshipType"] = "reliesOn", ["service"] = new JsonObject { ["id"] = existingAccess } });
        }

        order["serviceOrderItem"] = new JsonArray(vpn.DeepClone());
    });
}
