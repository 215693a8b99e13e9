using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>
/// A property name given twice in one object (of which a reader would silently keep one) and a control character in
/// any string (which, stored, no filter could find) are refused with the path of each, in every mode and in a bulk
/// line, and nothing is stored. The reference-data document is read the same way.
/// </summary>
public sealed class RepeatedNamesAndControlCharactersAreRefused(EmptyPipeline pipeline) : IClassFixture<EmptyPipeline>
{
    private sealed record Case(Func<OrderKind, string> Body, Func<OrderKind, string> Path);

    private static readonly IReadOnlyDictionary<string, Case> Cases = new Dictionary<string, Case>
    {
        ["externalId given twice"] = new(kind => First(kind.Sample().ToJsonString(), "{", """{"externalId":"CPQ-FIRST","""), _ => "externalId"),
        ["externalId given again in another case"] = new(kind => First(kind.Sample().ToJsonString(), "{", """{"EXTERNALID":"CPQ-FIRST","""), _ => "externalId"),
        ["an item's action given twice"] = new(
            kind => First(kind.Sample().ToJsonString(), "\"action\":\"add\"", "\"action\":\"delete\",\"action\":\"add\""), kind => $"{kind.Items}[0].action"),
        ["a note's text given twice, where the order is only kept"] = new(
            kind => First(kind.Sample().ToJsonString(), "\"text\":", "\"text\":\"first\",\"text\":"), _ => "note[0].text"),
        ["NUL in externalId"] = new(kind => With(kind, order => order["externalId"] = "CPQ-\0-1"), _ => "externalId"),
        ["a line break in the description"] = new(kind => With(kind, order => order["description"] = "two\nlines"), _ => "description"),
        ["DEL in a characteristic value"] = new(
            kind => With(kind, order => kind.Item(order, 0)[kind.Subject]![$"{kind.Subject}Characteristic"]![0]!["value"] = "x\u007f"),
            kind => $"{kind.Items}[0].{kind.Subject}.{kind.Subject}Characteristic[0].value"),
        ["a control character in a property name"] = new(kind => With(kind, order => kind.Item(order, 0)["note\u0001"] = "x"), kind => $"{kind.Items}[0]"),
    };

    public static TheoryData<string, string, string> EveryCase()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var orderType in new[] { "product", "service" })
        {
            foreach (var mode in new[] { "sync", "async" })
            {
                foreach (var name in Cases.Keys) data.Add(orderType, mode, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public async Task BodyIsRefusedAtThePathOfTheProblem(string orderType, string mode, string problem)
    {
        var kind = OrderKind.Named(orderType);

        var response = await kind.PostAsync(pipeline.App, Cases[problem].Body(kind), mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidBody");
        Assert.Equal([Cases[problem].Path(kind)], error.DetailPaths());
        await pipeline.AssertUnharmedAsync();
    }

    [Theory]
    [InlineData("product")]
    [InlineData("service")]
    public async Task BulkLineWithTheProblemIsRefusedAtItsPath(string orderType)
    {
        var kind = OrderKind.Named(orderType);
        var problems = Cases.Keys.ToList();

        var response = await kind.PostBulkAsync(pipeline.App, problems.Select(problem => Cases[problem].Body(kind)));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.MultiStatus, $"Expected 207 but got {(int)response.StatusCode}: {text}");
        var results = JsonNode.Parse(text)!["results"]!.AsArray();
        Assert.All(results, result => Assert.Equal("invalidBody", result!["error"]?["code"]?.GetValue<string>()));
        Assert.Equal(problems.Select(problem => Cases[problem].Path(kind)), results.Select(result => Assert.Single(result!["error"]!.AsObject().DetailPaths())));
        await pipeline.AssertUnharmedAsync();
    }

    [Theory]
    [InlineData("""{"productOffering":[{"id":"PO-X","name":"first","name":"second","lifecycleStatus":"Active"}]}""", "productOffering[0].name")]
    [InlineData("""{"party":[{"id":"CUST-X","name":"Nul\u0000Corp","@type":"Customer","status":"active"}]}""", "party[0].name")]
    public async Task ReferenceDataWithTheProblemIsRefusedWhole(string document, string path)
    {
        var rows = pipeline.App.ReferenceRows().Count;

        var response = await pipeline.App.Client.PostAsync(
            ReferenceDocuments.LoadPath, new StringContent(document, System.Text.Encoding.UTF8, "application/json"));

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidReferenceData");
        Assert.Equal([path], error.DetailPaths());
        Assert.Equal(rows, pipeline.App.ReferenceRows().Count);
    }

    private static string First(string json, string find, string replacement)
    {
        var at = json.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is in the sample");
        return string.Concat(json.AsSpan(0, at), replacement, json.AsSpan(at + find.Length));
    }

    private static string With(OrderKind kind, Action<JsonObject> change)
    {
        var order = kind.Sample();
        change(order);
        return order.ToJsonString();
    }
}
