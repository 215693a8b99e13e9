using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>What an API user checks in an answer: the TMF error body, a listing with its headers, and that nothing was stored.</summary>
internal static class ApiResponses
{
    /// <summary>Asserts the status and the TMF error body (<c>code</c>, <c>reason</c>, <c>message</c>, <c>status</c>); returns the body.</summary>
    public static async Task<JsonObject> AssertTmfErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.Equal(code, body["code"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body["reason"]?.GetValue<string>()), "the error has a reason");
        Assert.False(string.IsNullOrWhiteSpace(body["message"]?.GetValue<string>()), "the error has a message");
        Assert.Equal(((int)status).ToString(CultureInfo.InvariantCulture), body["status"]?.GetValue<string>());
        return body;
    }

    /// <summary>The <c>details[].path</c> of a TMF error body, each detail also carrying a message.</summary>
    public static IReadOnlyList<string> DetailPaths(this JsonObject error)
    {
        var details = error["details"]?.AsArray() ?? [];
        Assert.All(details, detail => Assert.False(string.IsNullOrWhiteSpace(detail!["message"]?.GetValue<string>())));
        return [.. details.Select(detail => detail!["path"]!.GetValue<string>())];
    }

    /// <summary>A GET answered 200 with a JSON array.</summary>
    public static async Task<(HttpResponseMessage Response, JsonArray Items)> GetArrayAsync(this PipelineApp app, string path)
    {
        var response = await app.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return (response, JsonNode.Parse(text)!.AsArray());
    }

    public static string Header(this HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : []);

    /// <summary>No order was created, no inbound entry recorded and no queue message sent.</summary>
    public static async Task AssertNothingStoredAsync(this PipelineApp app)
    {
        var summary = await app.GetJsonAsync("/manage/inboundQueue/summary");
        Assert.Equal(["Cancelled", "Done", "Error", "InProgress", "New"], summary.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.All(summary, pair => Assert.True(pair.Value!.GetValue<int>() == 0, $"no entry is {pair.Key}: {summary.ToJsonString()}"));
        var (_, orders) = await app.GetArrayAsync(PipelineApp.ProductOrderPath);
        Assert.Empty(orders);
        Assert.Empty((await app.InboundQueue.PeekMessagesAsync(maxMessages: 32)).Value);
    }
}
