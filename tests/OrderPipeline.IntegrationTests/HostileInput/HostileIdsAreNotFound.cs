using System.Net;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>
/// An id in a path that cannot name an order or entry of ours (too long, path-like, quoted, with control characters
/// or any unicode) is answered 404 or 400 with the TMF error body; it never reaches a storage key, and a retry changes nothing.
/// </summary>
public sealed class HostileIdsAreNotFound(SeededPipeline pipeline) : IClassFixture<SeededPipeline>
{
    // Already escaped for the URL, as a client would send them.
    public static TheoryData<string> Ids => new()
    {
        new string('a', 5_000),
        new string('0', 5_000),
        "..%2F..%2Fetc",
        "..%2F..%2Fetc%2Fpasswd",
        "a/b",
        "%2e%2e",
        "..%5C..%5Cwindows",
        "%27%20or%201%20eq%201",
        "O%27Brien%22",
        "%01%1F%7F",
        "line%0D%0Abreak",
        "tab%09",
        "%E8%AE%A2%E5%8D%95-%C3%BC-%F0%9F%99%82",
        "%E2%80%AE",
        "%C3%28",
        "0123456789ABCDEF0123456789ABCDEF",
        "0123456789abcdef0123456789abcde%C3%A9",
        "entry%7C0123456789abcdef0123456789abcdef",
        "%23fragment",
        "%3Fcode%3Dx",
        "%20",
    };

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task ProductOrderWithAHostileIdIsNotFound(string id) =>
        await AssertRefusedAsync(await pipeline.App.Client.GetAsync($"{PipelineApp.ProductOrderPath}/{id}"));

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task InboundEntryWithAHostileIdIsNotFound(string id) =>
        await AssertRefusedAsync(await pipeline.App.Client.GetAsync($"/manage/inboundQueue/{id}"));

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task RetryOfAHostileIdIsNotFoundAndChangesNothing(string id) =>
        await AssertRefusedAsync(await pipeline.App.Client.PostAsync($"/manage/inboundQueue/{id}/retry", content: null));

    // Kestrel refuses a path holding a NUL itself (400, no body) before any middleware runs, so no TMF body can be
    // given there; what matters is that it is refused, changes nothing and leaves the app healthy.
    [Theory]
    [InlineData("%00")]
    [InlineData("abc%00def")]
    public async Task IdWithANulCharacterIsRefusedByTheServerBeforeTheApp(string id)
    {
        foreach (var path in new[] { $"{PipelineApp.ProductOrderPath}/{id}", $"/manage/inboundQueue/{id}" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await pipeline.App.Client.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await pipeline.App.Client.PostAsync($"/manage/inboundQueue/{id}/retry", content: null)).StatusCode);
        await pipeline.AssertUnharmedAsync();
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        var status = response.StatusCode is HttpStatusCode.BadRequest ? HttpStatusCode.BadRequest : HttpStatusCode.NotFound;
        var error = await response.AssertTmfErrorAsync(status, status is HttpStatusCode.BadRequest ? "badRequest" : "notFound");
        Assert.DoesNotContain("exception", error["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        await pipeline.AssertUnharmedAsync();
    }
}
