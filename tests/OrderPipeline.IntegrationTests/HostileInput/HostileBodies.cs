using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>Bodies a hostile or broken client may POST as a product order, each with the answer it must get.</summary>
internal static class HostileBodies
{
    public sealed record Case(Func<HttpContent> Content, HttpStatusCode Status, string Code, string? Path = null);

    private const int DeepNesting = 5_000;
    private const int LongStringLength = 300 * 1024;

    public static IReadOnlyDictionary<string, Case> All { get; } = new Dictionary<string, Case>
    {
        ["truncated JSON"] = Invalid("""{"externalId": "CPQ-1", "productOrderItem": [{"id": "01", "act"""),
        ["null"] = Invalid("null"),
        ["a JSON array"] = Invalid("[{\"id\": \"01\"}]"),
        ["a bare string"] = Invalid("\"productOrder\""),
        ["a bare number"] = Invalid("42"),
        ["an empty body"] = Invalid(""),
        ["only whitespace"] = Invalid("  \r\n "),
        ["productOrderItem as a string"] = Invalid(With(order => order["productOrderItem"] = "01,02"), "productOrderItem"),
        ["action as a number"] = Invalid(With(order => order["productOrderItem"]![0]!["action"] = 1), "productOrderItem[0].action"),
        ["quantity as a string"] = Invalid(With(order => order["productOrderItem"]![0]!["quantity"] = "one"), "productOrderItem[0].quantity"),
        ["quantity beyond any integer"] = Invalid(Sample().Replace("\"quantity\": 1", "\"quantity\": 99999999999999999999"), "productOrderItem[0].quantity"),
        ["relatedParty as an object"] = Invalid(With(order => order["relatedParty"] = new JsonObject { ["id"] = "CUST-1001" }), "relatedParty"),
        ["a characteristic value nested 5,000 deep"] = Invalid(With(order =>
            order["productOrderItem"]![0]!["product"]!["productCharacteristic"]![0]!["value"] = "@@DEEP@@").Replace("\"@@DEEP@@\"", DeepArray())),
        ["a body nested 5,000 deep in arrays"] = Invalid(DeepArray()),
        ["a body nested 5,000 deep in objects"] = Invalid(DeepObject()),
        ["a 300 KB description"] = Invalid(With(order => order["description"] = new string('x', LongStringLength)), "description"),
        ["a 300 KB characteristic value"] = Invalid(
            With(order => order["productOrderItem"]![0]!["product"]!["productCharacteristic"]![0]!["value"] = new string('x', LongStringLength)),
            "productOrderItem[0].product.productCharacteristic[0].value"),
        ["a 300 KB property name"] = Invalid(With(order => order[new string('n', LongStringLength)] = "x"), ""),
        ["invalid UTF-8 bytes in a string"] = new(() => Bytes(Encoding.UTF8.GetBytes("""{"externalId": "CPQ-""")
            .Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes(Sample()[1..].Insert(0, "\", "))).ToArray(), "application/json"),
            HttpStatusCode.BadRequest, "invalidBody"),
        ["a lone UTF-16 surrogate escaped in a string"] = Invalid(Sample().Replace("\"CPQ-Q-2026-0042\"", "\"CPQ-\\uD800\"")),
        ["text/plain"] = Unsupported("text/plain"),
        ["application/xml"] = Unsupported("application/xml"),
        ["no content type"] = new(() => Bytes(Encoding.UTF8.GetBytes(Sample()), contentType: null), HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType"),
        ["an item related to itself"] = InvalidOrder(With(order =>
            order["productOrderItem"]![1]!["productOrderItemRelationship"]![0]!["id"] = "02"), "productOrderItem[1].productOrderItemRelationship[0].id"),
        ["items related in a cycle"] = InvalidOrder(With(order =>
            order["productOrderItem"]![0]!["productOrderItemRelationship"] = new JsonArray(new JsonObject { ["id"] = "02", ["relationshipType"] = "reliesOn" })),
            "productOrderItem[0].productOrderItemRelationship"),
        ["duplicated item ids"] = InvalidOrder(With(order => order["productOrderItem"]![1]!["id"] = "01"), "productOrderItem[1].id"),
    };

    public static TheoryData<string, string> InEveryMode()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in All.Keys)
        {
            data.Add(name, "sync");
            data.Add(name, "async");
        }

        return data;
    }

    private static Case Invalid(string body, string? path = null) =>
        new(() => Bytes(Encoding.UTF8.GetBytes(body), "application/json"), HttpStatusCode.BadRequest, "invalidBody", path);

    private static Case InvalidOrder(string body, string path) =>
        new(() => Bytes(Encoding.UTF8.GetBytes(body), "application/json"), HttpStatusCode.BadRequest, "invalidOrder", path);

    private static Case Unsupported(string contentType) =>
        new(() => Bytes(Encoding.UTF8.GetBytes(Sample()), contentType), HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");

    private static ByteArrayContent Bytes(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static string Sample() => Orders.Sample().ToJsonString(new() { WriteIndented = true });

    private static string With(Action<JsonObject> change)
    {
        var order = Orders.Sample();
        change(order);
        return order.ToJsonString();
    }

    private static string DeepArray() => new string('[', DeepNesting) + new string(']', DeepNesting);

    private static string DeepObject() =>
        string.Concat(Enumerable.Repeat("{\"a\":", DeepNesting)) + "1" + new string('}', DeepNesting);
}
