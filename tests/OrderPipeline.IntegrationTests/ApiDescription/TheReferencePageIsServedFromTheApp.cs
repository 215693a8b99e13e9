using System.Net;
using System.Text.RegularExpressions;

namespace OrderPipeline.IntegrationTests.ApiDescription;

/// <summary>
/// The interactive reference at <c>/docs</c> works on a machine without internet: the page, its scripts and the document
/// it reads all come from the app, and nothing it is configured with sends the browser elsewhere.
/// </summary>
public sealed partial class TheReferencePageIsServedFromTheApp(ServedApiDocument served) : IClassFixture<ServedApiDocument>
{
    [Fact]
    public async Task ThePageAndEveryScriptItLoadsComeFromTheApp()
    {
        var page = await served.App.Client.GetAsync("/docs/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var sources = ScriptSource().Matches(html).Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            Assert.False(Uri.TryCreate(source, UriKind.Absolute, out _), $"{source} is loaded from elsewhere");
            var script = await served.App.Client.GetAsync(new Uri(new Uri(served.App.Client.BaseAddress!, "/docs/"), source));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task ThePageReadsTheAppsDocumentWithoutFontsTelemetryOrAgentFromOutside()
    {
        var html = await served.App.Client.GetStringAsync("/docs/");

        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"agent\":{\"disabled\":true}", html, StringComparison.Ordinal);
        Assert.Contains("\"mcp\":{\"disabled\":true}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDocumentAndThePageNeedNoKey()
    {
        await using var app = await Infrastructure.PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["Security:AllowAnonymous"] = "false",
            ["Security:ApiKeys"] = "api-key-1",
            ["Security:AdminKeys"] = "admin-key-1",
            ["DevHost:QueueListener"] = "false",
        });

        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(ServedApiDocument.Path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/docs/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.GetAsync(Infrastructure.PipelineApp.ProductOrderPath)).StatusCode);
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}
