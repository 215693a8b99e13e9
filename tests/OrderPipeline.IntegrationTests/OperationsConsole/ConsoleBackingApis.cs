using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.OperationsConsole;

/// <summary>The page itself as the app serves it, and the management calls it reads besides the ones that were there before it.</summary>
public sealed class ConsoleBackingApis
{
    [Fact]
    public async Task PageOpensOnlyWithTheAdminKeyAndLoadsNothingFromElsewhere()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:QueueListener"] = "false",
            ["Security:AllowAnonymous"] = "false",
            ["Security:ApiKeys"] = "page-api-1",
            ["Security:AdminKeys"] = "page-admin-1",
        });

        await (await app.Client.GetAsync("/manage/console")).AssertTmfErrorAsync(HttpStatusCode.Unauthorized, "unauthorized");
        await (await app.Client.GetAsync("/manage/console?code=page-api-1")).AssertTmfErrorAsync(HttpStatusCode.Unauthorized, "unauthorized");
        var response = await app.Client.GetAsync("/manage/console?code=page-admin-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'sha256-", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("OrderPipeline operations console", html);
        Assert.DoesNotContain("/* console.css */", html);
        Assert.DoesNotContain("// console.js", html);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ValidationSwitchesAreShownAsTheirSettingsHaveThemWithTheSettingNames()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:QueueListener"] = "false",
            ["create_product_order_validation_sync"] = "false",
        });

        var (_, switches) = await app.GetArrayAsync("/manage/validationSwitches");

        Assert.Equal(
            [
                "product sync False create_product_order_validation_sync",
                "product async True create_product_order_validation_async",
                "service sync True create_service_order_validation_sync",
                "service async True create_service_order_validation_async",
            ],
            switches.Select(toggle => $"{toggle!["orderType"]} {toggle["mode"]} {toggle["businessValidation"]!.GetValue<bool>()} {toggle["setting"]}"));
    }

    [Fact]
    public async Task ReferenceDataSummaryCountsWhatIsStoredPerKind()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOffWithoutCatalog);
        var empty = await app.GetJsonAsync("/manage/referenceData/summary");
        Assert.Equal(["productOffering", "productSpecification", "serviceSpecification", "party", "product", "service"], empty.Select(pair => pair.Key));
        Assert.All(empty, pair => Assert.Equal(0, pair.Value!.GetValue<int>()));

        (await app.PostReferenceDataAsync(ReferenceDocuments.Sample())).EnsureSuccessStatusCode();
        var loaded = await app.GetJsonAsync("/manage/referenceData/summary");

        Assert.Equal(ReferenceDocuments.SampleCounts(), loaded.ToDictionary(pair => pair.Key, pair => pair.Value!.GetValue<int>()));
    }

    [Fact]
    public async Task EntriesAreListedNewestFirstOnRequestAndAnUnknownSortIsRefused()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add(await app.SubmitAsyncAsync(Orders.Sample($"CPQ-SORT-{i}")));

        var (response, page) = await app.GetArrayAsync("/manage/inboundQueue?state=New&sort=-createdAt&limit=2");
        var (_, oldestFirst) = await app.GetArrayAsync("/manage/inboundQueue?sort=createdAt");

        Assert.Equal([ids[2], ids[1]], page.Select(entry => entry!["id"]!.GetValue<string>()));
        Assert.Equal("3", response.Header("X-Total-Count"));
        Assert.Equal(ids, oldestFirst.Select(entry => entry!["id"]!.GetValue<string>()));
        var refused = await app.Client.GetAsync("/manage/inboundQueue?sort=newest");
        var error = await refused.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidQuery");
        Assert.Equal(["sort"], error.DetailPaths());
    }
}
