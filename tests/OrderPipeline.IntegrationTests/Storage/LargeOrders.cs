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

        var id = await app.SubmitAsyncAsync(Orders.MultiSite(lineCount));

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

        var response = await app.PostOrderAsync(Orders.MultiSite(400));

        var order = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(400, order["productOrderItem"]!.AsArray().Count);
        Assert.Equal((1, 400), app.CountOrderRows(order["id"]!.GetValue<string>()));
    }
}
