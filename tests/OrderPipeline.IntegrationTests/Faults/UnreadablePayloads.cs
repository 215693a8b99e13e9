using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace OrderPipeline.IntegrationTests.Faults;

/// <summary>
/// An entry whose stored order is gone or damaged (its claim-check blob, or the payload in its row) ends in Error with a
/// reason after one attempt, with the real listener and sweeper running: no retry can bring it back, so none is spent.
/// </summary>
[Collection(FaultSuite.Name)]
public sealed class UnreadablePayloads(ITestOutputHelper output)
{
    [Theory]
    [InlineData("blob deleted")]
    [InlineData("blob not JSON")]
    [InlineData("payload row deleted")]
    [InlineData("payload row lost a chunk")]
    [InlineData("payload row has a property of the wrong type")]
    [InlineData("payload row holds JSON that is not an order")]
    [InlineData("payload row holds an order with an unknown action")]
    public async Task EntryWithAnUnreadablePayloadEndsInErrorAfterOneAttempt(string damage)
    {
        var prefix = PipelineApp.NewPrefix();
        string id;
        await using (var intake = await PipelineApp.StartAsync(TestSettings.ListenerOff, prefix))
        {
            // Over the entity budget (360,000 characters) the payload is claim-checked to a blob; 150 lines take three chunks.
            id = await intake.SubmitAsyncAsync(Orders.MultiSite(damage.StartsWith("blob", StringComparison.Ordinal) ? 1200 : 150));
            await DamageAsync(intake, id, damage);
        }

        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:Timers"] = "true",
            ["InboundQueue:NewEntryGracePeriod"] = "00:00:01",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        }, prefix);
        await app.WaitForStateAsync(id, "Error");
        await Task.Delay(TimeSpan.FromSeconds(3)); // several sweeps and listener polls: time for a crash loop to show

        var entry = await app.EntryAsync(id);
        var error = entry["errorMessage"]![0]!;
        var inProgress = entry["history"]!.AsArray().Count(step => step!["state"]!.GetValue<string>() == "InProgress");
        var waiting = (await app.InboundQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        var poisoned = (await app.PoisonQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        var order = await app.Client.GetAsync($"{PipelineApp.ProductOrderPath}/{id}");
        output.WriteLine($"{damage}: {entry["state"]}, attempts {entry["attempts"]}, claims {inProgress}, messages left {waiting}, poisoned {poisoned}, GET order {(int)order.StatusCode}");
        output.WriteLine($"  {error["code"]}: {error["reason"]} — {error["message"]}");

        Assert.Equal("Error", entry["state"]!.GetValue<string>());
        Assert.Equal("payloadUnavailable", error["code"]!.GetValue<string>());
        Assert.Contains("payload", error["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, entry["attempts"]!.GetValue<int>());
        Assert.Equal(1, inProgress);
        Assert.Equal(0, waiting);
        Assert.Equal(0, poisoned);
        Assert.Equal((0, 0), app.CountOrderRows(id));
        Assert.Equal(System.Net.HttpStatusCode.OK, order.StatusCode);
        Assert.Equal("rejected", (await order.Content.ReadFromJsonAsync<JsonObject>())!["state"]!.GetValue<string>());
    }

    private static async Task DamageAsync(PipelineApp app, string id, string damage)
    {
        var blob = app.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(app.Names.PayloadContainer).GetBlobClient($"{id}.json");
        var table = app.Table(app.Names.InboundEntriesTable);
        var row = table.Query<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"entry|" + id}")).Single();
        Assert.Equal(damage.StartsWith("blob", StringComparison.Ordinal), (await blob.ExistsAsync()).Value);
        switch (damage)
        {
            case "blob deleted":
                await blob.DeleteAsync();
                return;
            case "blob not JSON":
                await blob.UploadAsync(BinaryData.FromString("{\"productOrderItem\":[{\"id\":\"0001\",\"act"), overwrite: true);
                return;
            case "payload row deleted":
                // The payload lives in the entry's row: take every payload property out of it.
                foreach (var name in row.Keys.Where(name => name.StartsWith("Payload", StringComparison.Ordinal)).ToList())
                {
                    row.Remove(name);
                }

                break;
            case "payload row lost a chunk":
                Assert.True(row.GetInt32("PayloadChunks") > 2, "the payload spans several chunks");
                row.Remove("Payload1");
                break;
            case "payload row has a property of the wrong type":
                row["PayloadChunks"] = "three";
                break;
            case "payload row holds JSON that is not an order":
                row["PayloadChunks"] = 1;
                row["Payload0"] = "[1, 2, 3]";
                break;
            case "payload row holds an order with an unknown action":
                row["PayloadChunks"] = 1;
                row["Payload0"] = """{"productOrderItem":[{"id":"0001","action":"explode"}]}""";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }

        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
    }
}
