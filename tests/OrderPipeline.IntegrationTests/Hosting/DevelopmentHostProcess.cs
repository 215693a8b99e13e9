using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;
using OrderPipeline.LocalDev;

namespace OrderPipeline.IntegrationTests.Hosting;

/// <summary>The development host as a developer runs it: its own process, settings from local.settings.json, its own queue listener.</summary>
public sealed class DevelopmentHostProcess
{
    [Fact]
    public async Task ReadsLocalSettingsAndRunsItsOwnQueueListener()
    {
        var folder = Directory.CreateTempSubdirectory("devhost").FullName;
        var prefix = PipelineApp.NewPrefix();
        var settings = new JsonObject
        {
            ["IsEncrypted"] = false,
            ["Values"] = new JsonObject
            {
                ["AzureWebJobsStorage"] = await SharedAzurite.ConnectionStringAsync(),
                ["Storage__Prefix"] = prefix,
                ["create_product_order_validation_sync"] = "false",
                ["Security__ApiKeys"] = "cpq-key-1,cpq-key-2",
                ["Security__AdminKeys"] = "admin-key-1",
                ["ReferenceData__SeedFile"] = PipelineApp.SampleCatalogPath,
                ["InboundQueueSweepSchedule"] = "*/30 * * * * *",
                ["IdempotencyPurgeSchedule"] = "0 0 * * * *",
                ["InboundQueuePurgeSchedule"] = "0 30 * * * *",
            },
        };
        var path = Path.Combine(folder, "local.settings.json");
        await File.WriteAllTextAsync(path, settings.ToJsonString());
        var port = LocalPorts.Free();
        await using var app = await AppProcess.StartAsync(folder, new Dictionary<string, string> { ["LocalSettingsPath"] = path }, port, "--urls", $"http://127.0.0.1:{port}");

        // The keys from local.settings.json apply: none, none answered; the API key opens the API.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.PostAsync(PipelineApp.ProductOrderPath, Json(Orders.Sample()))).StatusCode);

        // The switch from local.settings.json applies: a business-invalid order is created in sync mode.
        var sync = await app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?code=cpq-key-2", Json(Orders.BusinessInvalid()));
        Assert.Equal(HttpStatusCode.Created, sync.StatusCode);

        var accepted = await app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?mode=async&code=cpq-key-1", Json(Orders.Sample()));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        await Eventually.WaitForAsync(
            async () => (await app.Client.GetFromJsonAsync<JsonObject>($"/manage/inboundQueue/{id}?code=admin-key-1"))!["state"]!.GetValue<string>(),
            state => state == "Done",
            "the development host's queue listener to finish the entry");
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
