using System.Net;
using System.Text;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>
/// Whatever a client POSTs as a product order, in either mode, a body that is not a well-formed order is refused
/// with a 4xx and the TMF error body, nothing is stored, and the app stays healthy.
/// </summary>
public sealed class HostileOrderBodiesAreRefused(EmptyPipeline pipeline) : IClassFixture<EmptyPipeline>
{
    public static TheoryData<string, string> Bodies => HostileBodies.InEveryMode();

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task HostileBodyIsRefusedWithTheTmfErrorAndNothingIsStored(string body, string mode)
    {
        var hostile = HostileBodies.All[body];

        var response = await pipeline.App.Client.PostAsync($"{PipelineApp.ProductOrderPath}?mode={mode}", hostile.Content());

        var error = await response.AssertTmfErrorAsync(hostile.Status, hostile.Code);
        if (hostile.Path is not null)
        {
            Assert.Contains(hostile.Path, error.DetailPaths());
        }

        await pipeline.AssertUnharmedAsync();
    }

    [Theory]
    [InlineData("later")]
    [InlineData("async%20")]
    [InlineData("%20async")]
    [InlineData("async%00")]
    [InlineData("sync&mode=async")]
    [InlineData("async&mode=async")]
    [InlineData("%27%20or%201%20eq%201")]
    [InlineData("%E2%80%AEcnysa")]
    public async Task UnknownModeIsRefusedBeforeTheBodyIsRead(string mode)
    {
        var content = new StringContent(Orders.Sample().ToJsonString(), Encoding.UTF8, "application/json");

        var response = await pipeline.App.Client.PostAsync($"{PipelineApp.ProductOrderPath}?mode={mode}", content);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidQuery");
        Assert.Equal(["mode"], error.DetailPaths());
        await pipeline.AssertUnharmedAsync();
    }

    [Fact]
    public async Task VeryLongModeIsRefused()
    {
        var content = new StringContent(Orders.Sample().ToJsonString(), Encoding.UTF8, "application/json");

        var response = await pipeline.App.Client.PostAsync($"{PipelineApp.ProductOrderPath}?mode={new string('a', 6_000)}", content);

        await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidQuery");
        await pipeline.AssertUnharmedAsync();
    }
}
