using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Storage;

/// <summary>Orders larger than a table property or a whole entity: kept in chunks, or claim-checked to a blob.</summary>
public sealed class LargeOrders
{
    [Theory]
    [InlineData(150, false)]   // ~60 KB: several property chunks, still inside the entity
    [InlineData(1500, true)]   // ~600 KB: beyond the entity budget, so the payload goes to a blob
    public async Task LargeAsyncOrderIsCreatedWithEveryLine(int lineCount, bool payloadInBlob)
    {
        await using var app = await PipelineApp.StartAsync();

        var id = await app.SubmitAsyncAsync(MultiSiteOrder(lineCount));

        await app.WaitForStateAsync(id, "Done", TimeSpan.FromSeconds(60));
        Assert.Equal((1, lineCount), app.CountOrderRows(id));
        var order = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");
        var items = order["productOrderItem"]!.AsArray();
        Assert.Equal(lineCount, items.Count);
        Assert.Equal($"{lineCount:D4}", items[^1]!["id"]!.GetValue<string>());
        var blobs = app.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(app.Names.PayloadContainer);
        Assert.Equal(payloadInBlob, (await blobs.GetBlobClient($"{id}.json").ExistsAsync()).Value);
    }

    [Fact]
    public async Task LargeSyncOrderIsAnsweredWithEveryLine()
    {
        await using var app = await PipelineApp.StartAsync();

        var response = await app.PostOrderAsync(MultiSiteOrder(400));

        var order = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(400, order["productOrderItem"]!.AsArray().Count);
        Assert.Equal((1, 400), app.CountOrderRows(order["id"]!.GetValue<string>()));
    }

    /// <summary>An enterprise order: one access line per site, each with characteristics and a place (~400 bytes a line).</summary>
    private static JsonObject MultiSiteOrder(int lineCount)
    {
        var order = Orders.Sample($"CPQ-MULTISITE-{lineCount}");
        var items = new JsonArray();
        for (var line = 1; line <= lineCount; line++)
        {
            items.Add(new JsonObject
            {
                ["id"] = $"{line:D4}",
                ["action"] = "add",
                ["quantity"] = 1,
                ["productOffering"] = new JsonObject { ["id"] = "PO-FIBER-1G", ["name"] = "Business Fiber 1 Gbit/s" },
                ["product"] = new JsonObject
                {
                    ["productSpecification"] = new JsonObject { ["id"] = "PS-FIBER-ACCESS" },
                    ["productCharacteristic"] = new JsonArray(
                        new JsonObject { ["name"] = "bandwidth", ["valueType"] = "string", ["value"] = "1Gbps" },
                        new JsonObject { ["name"] = "staticIpCount", ["valueType"] = "integer", ["value"] = 8 }),
                    ["place"] = new JsonArray(new JsonObject { ["id"] = $"SITE-{line:D5}", ["role"] = "installationAddress", ["name"] = $"Branch office number {line}, ground floor" }),
                },
            });
        }

        order["productOrderItem"] = items;
        return order;
    }
}
