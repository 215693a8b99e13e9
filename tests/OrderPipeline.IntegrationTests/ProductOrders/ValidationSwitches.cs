using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ProductOrders;

/// <summary>
/// The admin's business validation switches, set in local.settings.json as under Functions Core Tools:
/// each mode has its own, an edited file applies without a restart, and well-formedness is checked whatever they say.
/// </summary>
public sealed class ValidationSwitches : IDisposable
{
    private readonly DirectoryInfo settingsDirectory = Directory.CreateTempSubdirectory("order-pipeline-settings-");

    private string SettingsPath => Path.Combine(settingsDirectory.FullName, "local.settings.json");

    public void Dispose() => settingsDirectory.Delete(recursive: true);

    [Fact]
    public async Task SyncSwitchOffLetsABusinessInvalidOrderInOnlyInSync()
    {
        await WriteSwitchesAsync(syncOn: false, asyncOn: true);
        await using var app = await StartWithLocalSettingsAsync();

        var syncAnswer = await app.PostOrderAsync(BusinessInvalid("CPQ-SWITCH-SYNC"));
        var asyncAnswer = await app.PostOrderAsync(BusinessInvalid("CPQ-SWITCH-ASYNC"), "async");

        Assert.Equal(HttpStatusCode.Created, syncAnswer.StatusCode);
        var created = JsonNode.Parse(await syncAnswer.Content.ReadAsStringAsync())!;
        Assert.Equal("CPQ-SWITCH-SYNC", created["externalId"]!.GetValue<string>());
        Assert.Null(created["relatedParty"]);
        var refused = await asyncAnswer.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Contains("relatedParty", refused.DetailPaths());
    }

    [Fact]
    public async Task EditedLocalSettingsTakeEffectWithoutARestart()
    {
        await WriteSwitchesAsync(syncOn: false, asyncOn: true);
        await using var app = await StartWithLocalSettingsAsync();
        Assert.Equal(HttpStatusCode.Created, (await app.PostOrderAsync(Orders.BusinessInvalid())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.PostOrderAsync(Orders.BusinessInvalid(), "async")).StatusCode);

        await WriteSwitchesAsync(syncOn: true, asyncOn: false);

        var syncAnswer = await Eventually.WaitForAsync(
            () => app.PostOrderAsync(Orders.BusinessInvalid()),
            response => response.StatusCode == HttpStatusCode.BadRequest,
            "the sync switch, turned on in local.settings.json, to refuse a business-invalid order",
            TimeSpan.FromSeconds(10));
        var refused = await syncAnswer.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Equal(["productOrderItem[0].productOffering.id", "relatedParty"], refused.DetailPaths().Order(StringComparer.Ordinal));
        var asyncAnswer = await app.PostOrderAsync(BusinessInvalid("CPQ-NOW-ACCEPTED"), "async");
        Assert.Equal(HttpStatusCode.Accepted, asyncAnswer.StatusCode);
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("async")]
    public async Task WellFormednessIsCheckedWithEverySwitchOff(string mode)
    {
        await WriteSwitchesAsync(syncOn: false, asyncOn: false);
        await using var app = await StartWithLocalSettingsAsync();
        var order = Orders.BusinessInvalid();
        order["productOrderItem"]![0]!.AsObject().Remove("action");

        var response = await app.PostOrderAsync(order, mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        // Only the always-on check speaks: the missing customer party is a business rule, switched off.
        Assert.Equal(["productOrderItem[0].action"], error.DetailPaths());
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task AsyncSwitchAloneLetsABusinessInvalidOrderInOnlyInAsync()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["create_product_order_validation_async"] = "false",
            ["DevHost:QueueListener"] = "false",
        });

        var asyncAnswer = await app.PostOrderAsync(BusinessInvalid("CPQ-ASYNC-UNCHECKED"), "async");
        var syncAnswer = await app.PostOrderAsync(Orders.BusinessInvalid(), "sync");

        Assert.Equal(HttpStatusCode.Accepted, asyncAnswer.StatusCode);
        var id = JsonNode.Parse(await asyncAnswer.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        var entry = await app.EntryAsync(id);
        Assert.Equal("New", entry["state"]!.GetValue<string>());
        Assert.Equal("CPQ-ASYNC-UNCHECKED", entry["externalId"]!.GetValue<string>());
        var refused = await syncAnswer.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Equal(["productOrderItem[0].productOffering.id", "relatedParty"], refused.DetailPaths().Order(StringComparer.Ordinal));
    }

    private static JsonObject BusinessInvalid(string externalId)
    {
        var order = Orders.BusinessInvalid();
        order["externalId"] = externalId;
        return order;
    }

    private Task<PipelineApp> StartWithLocalSettingsAsync() =>
        PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["LocalSettingsPath"] = SettingsPath,
            // Async orders stay New, so what the switch let in is not processed further during the test.
            ["DevHost:QueueListener"] = "false",
        });

    /// <summary>Writes the file as an admin edits it: the product order switches as given, the service order ones left on.</summary>
    private Task WriteSwitchesAsync(bool syncOn, bool asyncOn)
    {
        var settings = new JsonObject
        {
            ["IsEncrypted"] = false,
            ["Values"] = new JsonObject
            {
                ["create_product_order_validation_sync"] = syncOn ? "true" : "false",
                ["create_product_order_validation_async"] = asyncOn ? "true" : "false",
                ["create_service_order_validation_sync"] = "true",
                ["create_service_order_validation_async"] = "true",
            },
        };
        return File.WriteAllTextAsync(SettingsPath, settings.ToJsonString());
    }
}
