using System.Net;
using System.Text;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>A body over Intake:MaxRequestBytes (lowered here to 4 KB) is refused with 413, whether or not the client declares its length.</summary>
public sealed class OversizedBodiesAreRefused(OversizedBodiesAreRefused.SmallLimitPipeline pipeline)
    : IClassFixture<OversizedBodiesAreRefused.SmallLimitPipeline>
{
    public sealed class SmallLimitPipeline : HostilePipeline
    {
        protected override Dictionary<string, string?> Settings() => new(TestSettings.ListenerOff) { ["Intake:MaxRequestBytes"] = "4096" };
    }

    [Theory]
    [InlineData("sync", true)]
    [InlineData("async", true)]
    [InlineData("sync", false)]
    [InlineData("async", false)]
    public async Task BodyOverTheLimitIsPayloadTooLarge(string mode, bool lengthDeclared)
    {
        var order = Orders.Sample();
        order["description"] = new string('x', 8_000);
        HttpContent content = new StringContent(order.ToJsonString(), Encoding.UTF8, "application/json");
        if (!lengthDeclared)
        {
            content = new StreamContent(await content.ReadAsStreamAsync());
            content.Headers.ContentType = new("application/json");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{PipelineApp.ProductOrderPath}?mode={mode}") { Content = content };
        request.Headers.TransferEncodingChunked = !lengthDeclared;
        var response = await pipeline.App.Client.SendAsync(request);

        await response.AssertTmfErrorAsync(HttpStatusCode.RequestEntityTooLarge, "payloadTooLarge");
        await pipeline.AssertUnharmedAsync();
    }
}
