using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Hosting;

public sealed class HealthCheck
{
    [Fact]
    public async Task HealthIsOkWhileStorageAnswers()
    {
        await using var app = await PipelineApp.StartAsync();

        var response = await app.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("reachable", (await response.Content.ReadFromJsonAsync<JsonObject>())!["storage"]!.GetValue<string>());
    }

    [Fact]
    public async Task HealthIsUnavailableOnceStorageStopsAnswering()
    {
        var azurite = await SharedAzurite.StartPrivateAsync();
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.Endpoints.ConnectionString,
            ["DevHost:QueueListener"] = "false",
        });
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/health")).StatusCode);

        await azurite.DisposeAsync();
        var response = await app.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unreachable", (await response.Content.ReadFromJsonAsync<JsonObject>())!["storage"]!.GetValue<string>());
    }
}
