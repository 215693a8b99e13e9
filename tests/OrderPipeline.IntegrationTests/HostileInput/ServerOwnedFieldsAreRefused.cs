using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>
/// A client cannot set what the server owns: a field TMF622 or TMF641 leaves to the server, or an <c>@type</c> of
/// another resource, is refused at its path in every mode and in a bulk line, and nothing is stored.
/// </summary>
public sealed class ServerOwnedFieldsAreRefused(EmptyPipeline pipeline) : IClassFixture<EmptyPipeline>
{
    private static readonly IReadOnlyDictionary<string, (Action<OrderKind, JsonObject> Change, string Path)> Cases =
        new Dictionary<string, (Action<OrderKind, JsonObject>, string)>
        {
            ["errorMessage"] = ((_, order) => order["errorMessage"] = new JsonArray(
                new JsonObject { ["code"] = "E42", ["reason"] = "invented", ["message"] = "not from the server" }), "errorMessage"),
            ["completionDate"] = ((_, order) => order["completionDate"] = "2026-11-23T10:00:00Z", "completionDate"),
            ["expectedCompletionDate"] = ((_, order) => order["expectedCompletionDate"] = "2026-11-23T10:00:00Z", "expectedCompletionDate"),
            ["cancellationDate"] = ((_, order) => order["cancellationDate"] = "2026-11-23T10:00:00Z", "cancellationDate"),
            ["item state"] = ((kind, order) => kind.Item(order, 0)["state"] = "completed", "[0].state"),
            ["nested item state"] = ((kind, order) => kind.Item(order, 0)[kind.Items] = new JsonArray(
                new JsonObject { ["id"] = "1.1", ["action"] = "add", ["state"] = "completed" }), "[0].{items}[0].state"),
            ["@type of the other order type"] = ((kind, order) => order["@type"] = kind == OrderKind.Product ? "ServiceOrder" : "ProductOrder", "@type"),
        };

    public static TheoryData<string, string, string> EveryCase()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var kind in new[] { OrderKind.Product, OrderKind.Service })
        {
            foreach (var mode in new[] { "sync", "async" })
            {
                foreach (var name in Cases.Keys) data.Add(kind.Name, mode, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public async Task ServerOwnedFieldIsRefusedAtItsPath(string orderType, string mode, string field)
    {
        var kind = OrderKind.Named(orderType);

        var response = await kind.PostAsync(pipeline.App, Sent(kind, field).ToJsonString(), mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Equal([PathOf(kind, field)], error.DetailPaths());
        await pipeline.AssertUnharmedAsync();
    }

    [Theory]
    [InlineData("product")]
    [InlineData("service")]
    public async Task ServerOwnedFieldInABulkLineRefusesThatLine(string orderType)
    {
        var kind = OrderKind.Named(orderType);
        var fields = Cases.Keys.ToList();

        var response = await kind.PostBulkAsync(pipeline.App, fields.Select(field => Sent(kind, field).ToJsonString()));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.MultiStatus, $"Expected 207 but got {(int)response.StatusCode}: {text}");
        var answer = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(0, answer["accepted"]!.GetValue<int>());
        var results = answer["results"]!.AsArray();
        Assert.All(results, result => Assert.Equal("invalidOrder", result!["error"]!["code"]!.GetValue<string>()));
        Assert.Equal(fields.Select(field => PathOf(kind, field)), results.Select(result => Assert.Single(result!["error"]!.AsObject().DetailPaths())));
        await pipeline.AssertUnharmedAsync();
    }

    private static JsonObject Sent(OrderKind kind, string field)
    {
        var order = kind.Sample();
        Cases[field].Change(kind, order);
        return order;
    }

    private static string PathOf(OrderKind kind, string field) =>
        Cases[field].Path.StartsWith('[') ? kind.Items + Cases[field].Path.Replace("{items}", kind.Items, StringComparison.Ordinal) : Cases[field].Path;
}
