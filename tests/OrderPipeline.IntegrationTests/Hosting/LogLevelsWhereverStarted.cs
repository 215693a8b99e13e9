using System.Net;
using OrderPipeline.IntegrationTests.Infrastructure;
using OrderPipeline.LocalDev;

namespace OrderPipeline.IntegrationTests.Hosting;

/// <summary>The app logs at the same levels whatever folder it is started from: its own lines at Information, the Azure SDK's requests only from Warning.</summary>
public sealed class LogLevelsWhereverStarted
{
    [Theory]
    [InlineData("repository root")]
    [InlineData("temp folder")]
    public async Task AzureSdkRequestsAreNotLoggedAtInformation(string startedFrom)
    {
        var folder = startedFrom == "repository root" ? SharedAzurite.RepositoryRootPath : Path.GetTempPath();
        var port = LocalPorts.Free();
        var environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = await SharedAzurite.ConnectionStringAsync(),
            ["Storage__Prefix"] = PipelineApp.NewPrefix(),
            ["LocalSettingsPath"] = "",
            ["Security__AllowAnonymous"] = "true",
            ["DevHost__Timers"] = "false",
            ["ReferenceData__SeedFile"] = PipelineApp.SampleCatalogPath,
        };
        await using var app = await AppProcess.StartAsync(folder, environment, port, "--urls", $"http://127.0.0.1:{port}");

        var created = await app.Client.PostAsync(PipelineApp.ProductOrderPath,
            new StringContent(Orders.Sample().ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        await Task.Delay(500); // the last lines reach the pipe

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(app.Output, line => line.Contains("Loaded reference data", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Output, line => line.StartsWith("info: Azure.", StringComparison.Ordinal));
    }
}
