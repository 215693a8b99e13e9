using System.Net;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>A path the API does not serve is 404 and a method a route does not take is 405, both with the TMF error body.</summary>
public sealed class UnknownRoutesAndMethods(EmptyPipeline pipeline) : IClassFixture<EmptyPipeline>
{
    private const string Order = PipelineApp.ProductOrderPath + "/0123456789abcdef0123456789abcdef";

    public static TheoryData<string, string> UnknownRoutes => new()
    {
        { "GET", "/nope" },
        { "GET", "/" },
        { "POST", "/nope" },
        { "GET", "/tmf-api/productOrderingManagement/v5/productOrder" },
        { "GET", PipelineApp.ProductOrderPath + "/a/b" },
        { "GET", "/manage/inboundQueue/a/b/c" },
        { "GET", "/tmf-api/productOrderingManagement/v4/productOrder%2F..%2F..%2Fhealth%2Fx" },
        { "GET", "/%E8%AE%A2%E5%8D%95" },
        { "GET", "/" + new string('x', 5_000) },
    };

    public static TheoryData<string, string> WrongMethods => new()
    {
        { "DELETE", PipelineApp.ProductOrderPath },
        { "PUT", PipelineApp.ProductOrderPath },
        { "PATCH", PipelineApp.ProductOrderPath },
        { "DELETE", Order },
        { "PATCH", Order },
        { "POST", Order },
        { "DELETE", "/manage/inboundQueue" },
        { "POST", "/manage/inboundQueue/summary" },
        { "GET", "/manage/inboundQueue/0123456789abcdef0123456789abcdef/retry" },
        { "POST", "/health" },
    };

    [Theory]
    [MemberData(nameof(UnknownRoutes))]
    public async Task UnknownRouteIsNotFoundWithTheTmfError(string method, string path)
    {
        var response = await SendAsync(method, path);

        await response.AssertTmfErrorAsync(HttpStatusCode.NotFound, "notFound");
        await pipeline.AssertUnharmedAsync();
    }

    [Theory]
    [MemberData(nameof(WrongMethods))]
    public async Task WrongMethodIsNotAllowedWithTheTmfError(string method, string path)
    {
        var response = await SendAsync(method, path);

        await response.AssertTmfErrorAsync(HttpStatusCode.MethodNotAllowed, "methodNotAllowed");
        await pipeline.AssertUnharmedAsync();
    }

    private Task<HttpResponseMessage> SendAsync(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent(Infrastructure.Orders.Sample().ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        }

        return pipeline.App.Client.SendAsync(request);
    }
}
