using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;
using OrderPipeline.LocalDev;

namespace OrderPipeline.IntegrationTests.Hosting;

/// <summary>The same executable standalone (own triggers, local.settings.json) and as a custom handler under the Functions host.</summary>
public sealed class RunModes
{
    [Fact]
    public async Task StandaloneProcessReadsLocalSettingsAndRunsItsOwnQueueListener()
    {
        var folder = Directory.CreateTempSubdirectory("standalone").FullName;
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
            },
        };
        await File.WriteAllTextAsync(Path.Combine(folder, "local.settings.json"), settings.ToJsonString());
        var port = LocalPorts.Free();
        await using var app = await AppProcess.StartAsync(folder, new Dictionary<string, string>(), port, "--urls", $"http://127.0.0.1:{port}");

        // The keys from local.settings.json apply: none, none answered; the API key opens the API.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.PostAsync(PipelineApp.ProductOrderPath, Json(Orders.Sample()))).StatusCode);

        // The switch from local.settings.json applies: a business-invalid order is created in sync mode.
        var sync = await app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?code=cpq-key-2", Json(Orders.BusinessInvalid()));
        Assert.Equal(HttpStatusCode.Created, sync.StatusCode);

        var accepted = await app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?mode=async&code=cpq-key-1", Json(Orders.Sample()));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        await Eventually.WaitForAsync(
            async () => (await app.Client.GetFromJsonAsync<JsonObject>($"/admin/inboundQueue/{id}?code=admin-key-1"))!["state"]!.GetValue<string>(),
            state => state == "Done",
            "the standalone listener to finish the entry");
    }

    [Fact]
    public async Task UnderTheFunctionsHostTheAppListensOnTheHostsPortAndLeavesTriggersToTheHost()
    {
        var port = LocalPorts.Free();
        var prefix = PipelineApp.NewPrefix();
        var environment = new Dictionary<string, string>
        {
            ["FUNCTIONS_CUSTOMHANDLER_PORT"] = $"{port}",
            ["AzureWebJobsStorage"] = await SharedAzurite.ConnectionStringAsync(),
            ["Storage__Prefix"] = prefix,
            ["InboundQueue__NewEntryGracePeriod"] = "00:00:00",
            ["ReferenceData__SeedFile"] = PipelineApp.SampleCatalogPath,
        };
        await using var app = await AppProcess.StartAsync(Path.GetTempPath(), environment, port);

        var accepted = await app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?mode=async", Json(Orders.Sample()));
        var id = (await accepted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        await Task.Delay(TimeSpan.FromSeconds(3)); // longer than the standalone listener's polling interval

        Assert.Equal("New", (await app.Client.GetFromJsonAsync<JsonObject>($"/admin/inboundQueue/{id}"))!["state"]!.GetValue<string>());

        // The host delivers the queue message as an invocation.
        var invocation = await app.Client.PostAsJsonAsync("/ProcessInboundEntry", HostPayloads.QueueInvocation(InboundEntries.MessageFor(id), 1));

        Assert.Equal(HttpStatusCode.OK, invocation.StatusCode);
        Assert.Equal("Done", (await app.Client.GetFromJsonAsync<JsonObject>($"/admin/inboundQueue/{id}"))!["state"]!.GetValue<string>());
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
