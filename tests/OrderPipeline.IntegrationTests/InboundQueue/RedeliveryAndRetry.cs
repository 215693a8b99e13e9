using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.InboundQueue;

/// <summary>Duplicate deliveries, crashes half-way, transient faults past maxDequeueCount, and the admin retry.</summary>
public sealed class RedeliveryAndRetry
{
    [Fact]
    public async Task RedeliveredMessageCreatesNoSecondOrder()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync();

        await app.DeliverAsync(InboundEntries.MessageFor(id), dequeueCount: 1);
        await app.DeliverAsync(InboundEntries.MessageFor(id), dequeueCount: 2);

        var entry = await app.EntryAsync(id);
        Assert.Equal("Done", entry["state"]!.GetValue<string>());
        Assert.Equal(1, entry["attempts"]!.GetValue<int>());
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }

    [Fact]
    public async Task SimultaneousDeliveriesCreateOneOrder()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync();

        await Task.WhenAll(Enumerable.Range(1, 6).Select(n => app.DeliverAsync(InboundEntries.MessageFor(id), n)));

        Assert.Equal("Done", (await app.EntryAsync(id))["state"]!.GetValue<string>());
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }

    [Fact]
    public async Task CrashAfterSomeLinesIsFinishedByTheNextAttemptWithoutDuplicates()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.SweeperOnly("01:00:00"));
        var id = await app.SubmitAsyncAsync(Orders.WithEveryAction());

        // The first processor claims the entry, writes one of four lines, and dies.
        var entry = await app.ClaimAsIfByACrashedProcessorAsync(id, TimeSpan.FromSeconds(1));
        var submitted = System.Text.Json.JsonSerializer.Deserialize(Orders.WithEveryAction().ToJsonString(), Domain.TmfJsonContext.Default.ProductOrder)!;
        var whole = CustomerOrderFactory.From(OrderResource.Acknowledge(submitted, id, entry.CreatedAt), entry.CreatedAt);
        await app.Services.GetRequiredService<ICustomerOrderStore>().SaveAsync(whole with { Lines = whole.Lines.Take(1).ToList() }, CancellationToken.None);
        await app.Table(app.Names.CustomerOrdersTable).DeleteEntityAsync(id, "order");
        Assert.Equal("acknowledged", (await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}"))["state"]!.GetValue<string>());

        await app.WaitForStateAsync(id, "Done");

        Assert.Equal((1, 4), app.CountOrderRows(id));
        var order = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");
        Assert.Equal(["01", "02", "03", "04"], order["productOrderItem"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EntryFailingTransientlyEndsInErrorAndPoisonThenAdminRetryBringsItToDone()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        });
        var lines = app.Table(app.Names.CustomerOrderLinesTable);
        await lines.DeleteAsync(); // every attempt to write the order now fails

        var id = await app.SubmitAsyncAsync();

        var failed = await app.WaitForStateAsync(id, "Error");
        Assert.Equal(2, failed["attempts"]!.GetValue<int>());
        Assert.Equal("processingFailed", failed["errorMessage"]![0]!["code"]!.GetValue<string>());
        await Eventually.WaitForAsync(async () => (await app.PoisonQueue.PeekMessagesAsync(10)).Value.Length, count => count == 1, "the message in the poison queue");
        var rejected = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");
        Assert.Equal("rejected", rejected["state"]!.GetValue<string>());
        Assert.Equal("processingFailed", rejected["errorMessage"]![0]!["code"]!.GetValue<string>());

        await lines.CreateIfNotExistsAsync();
        var retry = await app.Client.PostAsync($"/manage/inboundQueue/{id}/retry", null);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var done = await app.WaitForStateAsync(id, "Done");
        Assert.Equal(1, done["attempts"]!.GetValue<int>());
        Assert.Equal((1, 2), app.CountOrderRows(id));
        var again = await app.Client.PostAsync($"/manage/inboundQueue/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("409", (await again.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task MissingPayloadIsAPermanentErrorWithAReason()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync();
        var table = app.Table(app.Names.InboundEntriesTable);
        // The payload lives in the entry's row: take every payload property out of it.
        var entryRow = table.Query<Azure.Data.Tables.TableEntity>(row => row.RowKey == $"entry|{id}").Single();
        foreach (var name in entryRow.Keys.Where(name => name.StartsWith("Payload", StringComparison.Ordinal)).ToList())
        {
            entryRow.Remove(name);
        }

        await table.UpdateEntityAsync(entryRow, entryRow.ETag, Azure.Data.Tables.TableUpdateMode.Replace);

        // Returns normally, so the message is completed: a retry cannot bring the payload back.
        await app.DeliverAsync(InboundEntries.MessageFor(id), dequeueCount: 1);

        var entry = await app.EntryAsync(id);
        Assert.Equal("Error", entry["state"]!.GetValue<string>());
        Assert.Equal("payloadUnavailable", entry["errorMessage"]![0]!["code"]!.GetValue<string>());
        Assert.Equal((0, 0), app.CountOrderRows(id));
    }
}
