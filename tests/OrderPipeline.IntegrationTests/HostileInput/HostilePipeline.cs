using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>
/// One app shared by every hostile request of a test class, with the queue listener off so that a message
/// wrongly sent stays visible. What storage holds is counted once at the start; a hostile request may change none of it.
/// </summary>
public abstract class HostilePipeline : IAsyncLifetime
{
    private StoredCounts before = null!;

    public PipelineApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await PipelineApp.StartAsync(Settings());
        await SeedAsync(App);
        before = await StoredCounts.ReadAsync(App);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>Storage holds exactly what it held before the hostile requests, and the app still answers its health check.</summary>
    public async Task AssertUnharmedAsync()
    {
        Assert.Equal(before, await StoredCounts.ReadAsync(App));
        var health = await App.Client.GetAsync("/health");
        Assert.True(health.StatusCode == HttpStatusCode.OK, $"GET /health answered {(int)health.StatusCode} after a hostile request");
    }

    protected virtual Dictionary<string, string?> Settings() => TestSettings.ListenerOff;

    protected virtual Task SeedAsync(PipelineApp app) => Task.CompletedTask;

    private sealed record StoredCounts(int InboundRows, int OrderHeaders, int OrderLines, int QueueMessages, int PayloadBlobs)
    {
        public static async Task<StoredCounts> ReadAsync(PipelineApp app)
        {
            var blobs = app.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(app.Names.PayloadContainer);
            var blobCount = 0;
            await foreach (var _ in blobs.GetBlobsAsync())
            {
                blobCount++;
            }

            return new StoredCounts(
                await CountAsync(app.Table(app.Names.InboundEntriesTable)),
                await CountAsync(app.Table(app.Names.CustomerOrdersTable)),
                await CountAsync(app.Table(app.Names.CustomerOrderLinesTable)),
                (await app.InboundQueue.PeekMessagesAsync(maxMessages: 32)).Value.Length,
                blobCount);
        }

        private static async Task<int> CountAsync(TableClient table)
        {
            var count = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"]))
            {
                count++;
            }

            return count;
        }
    }
}

/// <summary>An app whose storage is empty.</summary>
public sealed class EmptyPipeline : HostilePipeline;

/// <summary>An app holding one created order and one accepted async order, so a filter that escaped its value would list them.</summary>
public sealed class SeededPipeline : HostilePipeline
{
    public string CreatedId { get; private set; } = "";

    public string AcceptedId { get; private set; } = "";

    protected override async Task SeedAsync(PipelineApp app)
    {
        var response = await app.PostOrderAsync(Orders.Sample("CPQ-SEEDED-SYNC"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        CreatedId = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        AcceptedId = await app.SubmitAsyncAsync(Orders.Sample("CPQ-SEEDED-ASYNC"));
    }
}
