using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Storage;

/// <summary>Orders larger than a table property or a whole entity: kept in chunks, or claim-checked to a blob.</summary>
public sealed class LargeOrders
{
    [Theory]
    [InlineData(150, false)]   // ~60 KB: several property chunks, still inside the entity
    [InlineData(5000, true)]   // ~2 MB: beyond the entity budget, so the payload goes to a blob
    public async Task LargeAsyncOrderIsCreatedWithEveryLine(int lineCount, bool payloadInBlob)
    {
        await using var app = await PipelineApp.StartAsync();

        var id = await app.SubmitAsyncAsync(Orders.MultiSite(lineCount));

        await app.WaitForStateAsync(id, "Done", TimeSpan.FromSeconds(90));
        Assert.Equal((1, lineCount), app.CountOrderRows(id));
        var order = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");
        var items = order["productOrderItem"]!.AsArray();
        Assert.Equal(lineCount, items.Count);
        Assert.Equal($"{lineCount:D4}", items[^1]!["id"]!.GetValue<string>());
        // Once Done, the customer order holds the order: a claim-checked blob is deleted, and the entry keeps only its name.
        var blobs = app.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(app.Names.PayloadContainer);
        Assert.False((await blobs.GetBlobClient($"{id}.json").ExistsAsync()).Value);
        var entryRow = app.Table(app.Names.InboundEntriesTable).Query<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"entry|" + id}")).Single();
        Assert.Equal(payloadInBlob, entryRow.ContainsKey("PayloadBlob"));
        Assert.DoesNotContain(entryRow.Keys, name => name.StartsWith("Payload", StringComparison.Ordinal) && name != "PayloadBlob");
    }

    [Fact]
    public async Task CrashHalfWayThroughALargeOrderIsFinishedWithoutDuplicates()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.SweeperOnly("01:00:00"));
        var order = Orders.MultiSite(5000);
        var id = await app.SubmitAsyncAsync(order);

        // The first processor claims the entry, writes 2,500 of the 5,000 lines, and dies before the header.
        var entry = await app.ClaimAsIfByACrashedProcessorAsync(id, TimeSpan.FromSeconds(1));
        var submitted = JsonSerializer.Deserialize(order.ToJsonString(), TmfJsonContext.Default.ProductOrder)!;
        var whole = CustomerOrderFactory.From(OrderResource.Acknowledge(submitted, id, entry.CreatedAt), entry.CreatedAt);
        await app.Services.GetRequiredService<ICustomerOrderStore>().SaveAsync(whole with { Lines = whole.Lines.Take(2500).ToList() }, CancellationToken.None);
        await app.Table(app.Names.CustomerOrdersTable).DeleteEntityAsync(id, "order");
        Assert.Equal((0, 2500), app.CountOrderRows(id));

        await app.WaitForStateAsync(id, "Done", TimeSpan.FromSeconds(90));

        Assert.Equal((1, 5000), app.CountOrderRows(id));
        var lineIds = app.Table(app.Names.CustomerOrderLinesTable)
            .Query<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}"), select: ["LineId"])
            .Select(line => line.GetString("LineId")).ToList();
        Assert.Equal(5000, lineIds.Distinct().Count());
        Assert.Equal(2, (await app.EntryAsync(id))["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task LargeSyncOrderIsAnsweredWithEveryLine()
    {
        await using var app = await PipelineApp.StartAsync();

        var response = await app.PostOrderAsync(Orders.MultiSite(1000));

        var order = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1000, order["productOrderItem"]!.AsArray().Count);
        Assert.Equal((1, 1000), app.CountOrderRows(order["id"]!.GetValue<string>()));
    }
}
