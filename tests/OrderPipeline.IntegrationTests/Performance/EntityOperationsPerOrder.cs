using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Performance;

/// <summary>
/// What one small order costs in table entities (rows inserted, updated, merged, deleted or read), as an admin reads it
/// from <c>GET /manage/diagnostics/storageOperations</c>: the figures the benchmark's regression guard holds.
/// </summary>
public sealed class EntityOperationsPerOrder
{
    [Fact]
    public async Task ASmallSyncOrderCostsAtMostTwoEntities()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        await CreateSyncAsync(app); // warms the catalog cache, which reads reference data once
        var before = await CountsAsync(app);

        await CreateSyncAsync(app);

        var after = await CountsAsync(app);
        Assert.Equal(2, Entities(after) - Entities(before)); // the header and the line
        Assert.Equal(2, Requests(after) - Requests(before));
    }

    [Fact]
    public async Task ASmallAsyncOrderCostsAtMostFiveEntitiesFromIntakeToDone()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        await CreateSyncAsync(app);
        var before = await CountsAsync(app);

        var id = await app.SubmitAsyncAsync(Orders.MultiSite(1, "COST-ASYNC"));
        var message = Assert.Single((await app.InboundQueue.ReceiveMessagesAsync(10)).Value); // the message the intake wrote
        await app.DeliverAsync(message.Body.ToString(), dequeueCount: 1);

        var after = await CountsAsync(app);
        // The entry inserted with its order; claimed by a merge with the ETag the message carries, without a read;
        // the order's header and line; Done, by a replace that drops the order.
        var entities = Entities(after) - Entities(before);
        Assert.True(entities is > 0 and <= 5, $"a small async order cost {entities} entities from intake to Done");
        Assert.Equal("Done", (await app.EntryAsync(id))["state"]!.GetValue<string>());
        Assert.Equal((1, 1), app.CountOrderRows(id));
    }

    private static async Task CreateSyncAsync(PipelineApp app)
    {
        var response = await app.PostOrderAsync(Orders.MultiSite(1, $"COST-SYNC-{Guid.NewGuid():N}"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static Task<JsonObject> CountsAsync(PipelineApp app) => app.GetJsonAsync("/manage/diagnostics/storageOperations");

    private static long Entities(JsonObject counts) => counts["entities"]!.GetValue<long>();

    private static long Requests(JsonObject counts) => counts["total"]!.GetValue<long>();
}
