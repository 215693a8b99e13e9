using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>
/// An order that fits the request limits but not a table row (1 MiB) is refused at intake with what to do, sync and async,
/// storing nothing; one that storage refuses anyway ends in Error after one attempt, never five.
/// </summary>
public sealed class OrdersTooLargeToStore
{
    [Theory]
    [InlineData(null)]
    [InlineData("async")]
    public async Task AHeaderOverATableRowIsRefusedAtIntakeAndNothingIsStored(string? mode)
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

        var response = await app.PostOrderAsync(WithLargeNotes("CPQ-HUGE-HEADER"), mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.RequestEntityTooLarge, "orderTooLarge");
        Assert.Contains("the order header", error["message"]!.GetValue<string>());
        Assert.Contains("Split the order", error["message"]!.GetValue<string>());
        var list = await app.Client.GetFromJsonAsync<JsonArray>($"{PipelineApp.ProductOrderPath}?externalId=CPQ-HUGE-HEADER");
        Assert.Empty(list!);
        Assert.Equal(0, (await app.GetJsonAsync("/manage/inboundQueue/summary"))["New"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnItemOverATableRowIsRefusedNamingTheItem()
    {
        // The catalog would refuse the undeclared characteristics first; the size is what is checked here.
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:QueueListener"] = "false",
            ["create_product_order_validation_async"] = "false",
        });
        var order = Orders.Sample("CPQ-HUGE-ITEM");
        var characteristics = order["productOrderItem"]![0]!["product"]!["productCharacteristic"]!.AsArray();
        for (var n = 0; n < 20; n++) characteristics.Add(new JsonObject { ["name"] = $"siteNotes{n}", ["value"] = new string('x', 30_000) });

        var response = await app.PostOrderAsync(order, "async");

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.RequestEntityTooLarge, "orderTooLarge");
        Assert.Contains($"order item '{order["productOrderItem"]![0]!["id"]}'", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABulkLineOverATableRowIsRefusedOnItsOwn()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var body = Orders.Sample("CPQ-BULK-FITS").ToJsonString() + "\n" + WithLargeNotes("CPQ-BULK-HUGE").ToJsonString() + "\n";

        var response = await app.Client.PostAsync(PipelineApp.ProductOrderPath + "?mode=async", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        var results = (await response.Content.ReadFromJsonAsync<JsonObject>())!["results"]!.AsArray();
        Assert.Equal([202, 413], results.Select(result => result!["status"]!.GetValue<int>()));
        Assert.Equal("orderTooLarge", results[1]!["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnOrderStorageRefusesAsTooLargeIsAnErrorAfterOneAttempt()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        // Accepted as a large but storable order (its payload claim-checked to a blob), then swapped for one no row can hold.
        var id = await app.SubmitAsyncAsync(Orders.MultiSite(1200));
        var blob = app.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(app.Names.PayloadContainer).GetBlobClient($"{id}.json");
        await blob.UploadAsync(BinaryData.FromString(WithLargeNotes("CPQ-SWAPPED").ToJsonString()), overwrite: true);

        await app.DeliverAsync(InboundEntries.MessageFor(id), dequeueCount: 1); // returns: the message is completed, not retried

        var entry = await app.EntryAsync(id);
        Assert.Equal("Error", entry["state"]!.GetValue<string>());
        Assert.Equal(1, entry["attempts"]!.GetValue<int>());
        Assert.Equal("orderTooLarge", entry["errorMessage"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("split it into smaller orders", entry["errorMessage"]![0]!["message"]!.GetValue<string>());
    }

    /// <summary>A sample order with 40 notes of 30,000 characters: 1.2 million characters, 2.4 MB as a row's UTF-16.</summary>
    private static JsonObject WithLargeNotes(string externalId)
    {
        var order = Orders.Sample(externalId);
        order["note"] = new JsonArray([.. Enumerable.Range(0, 40).Select(n => (JsonNode)new JsonObject { ["text"] = new string('n', 30_000) })]);
        return order;
    }
}
