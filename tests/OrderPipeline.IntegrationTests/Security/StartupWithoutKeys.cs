using System.Net;
using Microsoft.Extensions.Options;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Security;

/// <summary>Outside Development the app does not start open by accident.</summary>
public sealed class StartupWithoutKeys
{
    private static readonly Dictionary<string, string?> NoKeys = new() { ["Security:AllowAnonymous"] = "false" };

    [Fact]
    public async Task AppRefusesToStartOutsideDevelopmentWithoutKeys()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => PipelineApp.StartAsync(NoKeys, environment: "Production"));

        Assert.Contains("Security__ApiKeys", error.Message);
        Assert.Contains("Security__AllowAnonymous", error.Message);
    }

    [Fact]
    public async Task AllowAnonymousStartsItOpenOnPurpose()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?> { ["Security:AllowAnonymous"] = "true" }, environment: "Production");

        Assert.Equal(HttpStatusCode.Created, (await app.PostOrderAsync(Orders.Sample())).StatusCode);
    }

    [Fact]
    public async Task DevelopmentStartsOpenWithoutKeys()
    {
        await using var app = await PipelineApp.StartAsync(NoKeys, environment: "Development");

        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/manage/inboundQueue/summary")).StatusCode);
    }
}
