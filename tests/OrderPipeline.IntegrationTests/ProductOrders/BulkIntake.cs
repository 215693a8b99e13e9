using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ProductOrders;

/// <summary>
/// Many async orders in one request (application/x-ndjson, one order per line): each line is judged on its own
/// and answered in a 207, and every accepted order is driven to Done by the real queue listener.
/// </summary>
public sealed class BulkIntake
{
    private const string BulkPath = PipelineApp.ProductOrderPath + "?mode=async";

    [Fact]
    public async Task EachLineIsAnsweredOnItsOwnAndTheAcceptedOrdersEndDone()
    {
        await using var app = await PipelineApp.StartAsync();
        string[] lines =
        [
            Orders.Sample("CPQ-BULK-A").ToJsonString(),
            Orders.BusinessInvalid().ToJsonString(),
            "",
            "   \r",
            """{"externalId": "CPQ-BROKEN", "productOrderItem": [""",
            Orders.Sample("CPQ-BULK-B").ToJsonString(),
        ];

        var response = await PostNdjsonAsync(app, string.Join("\r\n", lines) + "\n");

        var answer = await ReadMultiStatusAsync(response);
        Assert.Equal(2, answer["accepted"]!.GetValue<int>());
        Assert.Equal(2, answer["refused"]!.GetValue<int>());
        var results = answer["results"]!.AsArray();
        Assert.Equal([1, 2, 5, 6], results.Select(result => result!["line"]!.GetValue<int>()));
        Assert.Equal([202, 400, 400, 202], results.Select(result => result!["status"]!.GetValue<int>()));
        var businessError = results[1]!["error"]!.AsObject();
        Assert.Equal("invalidOrder", businessError["code"]!.GetValue<string>());
        Assert.Equal("400", businessError["status"]!.GetValue<string>());
        Assert.Equal(["productOrderItem[0].productOffering.id", "relatedParty"], businessError.DetailPaths().Order(StringComparer.Ordinal));
        Assert.Equal("invalidBody", results[2]!["error"]!["code"]!.GetValue<string>());
        Assert.Null(results[2]!["order"]);

        foreach (var accepted in new[] { results[0]!["order"]!, results[3]!["order"]! })
        {
            var id = accepted["id"]!.GetValue<string>();
            Assert.Equal("acknowledged", accepted["state"]!.GetValue<string>());
            Assert.Equal($"{PipelineApp.ProductOrderPath}/{id}", accepted["href"]!.GetValue<string>());
            await app.WaitForStateAsync(id, "Done");
            Assert.Equal((1, 2), app.CountOrderRows(id));
        }

        var externalIds = await Task.WhenAll(results.Where(result => result!["order"] is not null)
            .Select(async result => (await app.GetJsonAsync(result!["order"]!["href"]!.GetValue<string>()))["externalId"]!.GetValue<string>()));
        Assert.Equal(["CPQ-BULK-A", "CPQ-BULK-B"], externalIds);
        var summary = await app.GetJsonAsync("/manage/inboundQueue/summary");
        Assert.Equal(2, summary["Done"]!.GetValue<int>());
        Assert.Equal(0, summary["Error"]!.GetValue<int>());
    }

    [Fact]
    public async Task ManyOrdersInOneRequestAllEndDoneExactlyOnce()
    {
        await using var app = await PipelineApp.StartAsync();
        var body = string.Join("\n", Enumerable.Range(0, 150).Select(i => Orders.Sample($"CPQ-BULK-{i:D3}").ToJsonString()));

        var answer = await ReadMultiStatusAsync(await PostNdjsonAsync(app, body));

        var results = answer["results"]!.AsArray();
        Assert.Equal(150, answer["accepted"]!.GetValue<int>());
        Assert.Equal(Enumerable.Range(1, 150), results.Select(result => result!["line"]!.GetValue<int>()));
        var ids = results.Select(result => result!["order"]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(150, ids.Distinct().Count());
        await Eventually.WaitForAsync(
            () => app.GetJsonAsync("/manage/inboundQueue/summary"),
            summary => summary["Done"]!.GetValue<int>() == ids.Count,
            "every bulk order Done",
            TimeSpan.FromSeconds(60));
        Assert.All(ids, id => Assert.Equal((1, 2), app.CountOrderRows(id)));
    }

    [Fact]
    public async Task MoreOrdersThanTheLimitAreRefusedWholeAndEmptyLinesDoNotCount()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?> { ["Intake:MaxBulkOrders"] = "3" });
        var order = Orders.Sample().ToJsonString();

        var tooMany = await PostNdjsonAsync(app, string.Join("\n", order, order, order, order));

        await tooMany.AssertTmfErrorAsync(HttpStatusCode.RequestEntityTooLarge, "tooManyOrders");
        await app.AssertNothingStoredAsync();

        var withEmptyLines = await PostNdjsonAsync(app, string.Join("\n", order, "", order, "", "", order, ""));

        var answer = await ReadMultiStatusAsync(withEmptyLines);
        Assert.Equal([1, 3, 6], answer["results"]!.AsArray().Select(result => result!["line"]!.GetValue<int>()));
    }

    [Fact]
    public async Task MalformedLinesAreRefusedWithTheirProblemAndTheOthersAccepted()
    {
        await using var app = await PipelineApp.StartAsync();
        var wrongType = Orders.Sample();
        wrongType["productOrderItem"] = "not a list";
        string[] lines = ["[1, 2]", "null", Orders.Sample("CPQ-GOOD").ToJsonString(), wrongType.ToJsonString(), "{\"a\":1} {\"b\":2}"];

        var answer = await ReadMultiStatusAsync(await PostNdjsonAsync(app, string.Join("\n", lines)));

        var results = answer["results"]!.AsArray();
        Assert.Equal([400, 400, 202, 400, 400], results.Select(result => result!["status"]!.GetValue<int>()));
        Assert.All(results.Where(result => result!["status"]!.GetValue<int>() == 400),
            result => Assert.Equal("invalidBody", result!["error"]!["code"]!.GetValue<string>()));
        Assert.Equal(["productOrderItem"], results[3]!["error"]!.AsObject().DetailPaths());
        await app.WaitForStateAsync(results[2]!["order"]!["id"]!.GetValue<string>(), "Done");
    }

    [Fact]
    public async Task ABodyWithNoOrderIsRefused()
    {
        await using var app = await PipelineApp.StartAsync();

        var response = await PostNdjsonAsync(app, "\n  \n\r\n");

        await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidBody");
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task BulkIsAsyncOnlyAndTakesNoIdempotencyKey()
    {
        await using var app = await PipelineApp.StartAsync();
        var body = Orders.Sample().ToJsonString();

        var sync = await PostNdjsonAsync(app, body, PipelineApp.ProductOrderPath);
        var keyed = await PostNdjsonAsync(app, body, key: "5b0c3f0e-8d1e-4a55-9d1b-2f7c9b3f8a10");

        await sync.AssertTmfErrorAsync(HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
        await keyed.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidHeader");
        await app.AssertNothingStoredAsync();
    }

    private static Task<HttpResponseMessage> PostNdjsonAsync(PipelineApp app, string body, string path = BulkPath, string? key = null)
    {
        var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
        if (key is not null) content.Headers.Add("Idempotency-Key", key);
        return app.Client.PostAsync(path, content);
    }

    private static async Task<JsonObject> ReadMultiStatusAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.MultiStatus, $"Expected 207 but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }
}
