using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Hosting;

/// <summary>The custom-handler contract: the Functions host POSTs {Data, Metadata} to /{FunctionName} and reads {Outputs, Logs, ReturnValue}.</summary>
public sealed class CustomHandlerInvocations
{
    [Fact]
    public async Task QueueInvocationCreatesTheOrderAndAnswersInTheHostsShape()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync();

        var response = await app.Client.PostAsJsonAsync("/ProcessInboundEntry", HostPayloads.QueueInvocation(InboundEntries.MessageFor(id), 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(["Outputs", "Logs", "ReturnValue"], body.Select(property => property.Key));
        Assert.Contains("Done", body["Logs"]![0]!.GetValue<string>());
        Assert.Equal("Done", (await app.EntryAsync(id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task QueueInvocationAcceptsTheMessageAlreadyParsedAsJson()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync();
        var invocation = HostPayloads.QueueInvocation("", 1);
        invocation["Data"]!["message"] = new JsonObject { ["id"] = id };
        invocation["Metadata"]!["DequeueCount"] = "1";

        var response = await app.Client.PostAsJsonAsync("/ProcessInboundEntry", invocation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Done", (await app.EntryAsync(id))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnreadableMessageFailsTheInvocationSoTheHostRetriesAndPoisonsIt()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

        var response = await app.Client.PostAsJsonAsync("/ProcessInboundEntry", HostPayloads.QueueInvocation("not json", 1));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains("not an inbound entry pointer", body["Logs"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task InvocationWithoutTheMessageBindingIsRefused()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var invocation = HostPayloads.QueueInvocation("x", 1);
        invocation["Data"] = new JsonObject { ["somethingElse"] = "x" };

        var response = await app.Client.PostAsJsonAsync("/ProcessInboundEntry", invocation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TimerInvocationSweepsAnEntryWhoseMessageWasLost()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["StandaloneTriggers:QueueListener"] = "false",
            ["InboundQueue:NewEntryGracePeriod"] = "00:00:00",
        });
        var id = await app.SubmitAsyncAsync();
        await app.InboundQueue.ClearMessagesAsync();

        var response = await app.Client.PostAsJsonAsync("/SweepInboundQueue", HostPayloads.TimerInvocation());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("done 1", (await response.Content.ReadFromJsonAsync<JsonObject>())!["Logs"]![0]!.GetValue<string>());
        Assert.Equal("Done", (await app.EntryAsync(id))["state"]!.GetValue<string>());
        Assert.Equal((1, 2), app.CountOrderRows(id));
    }

    [Fact]
    public async Task TimerInvocationPurgesExpiredIdempotencyKeys()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["StandaloneTriggers:QueueListener"] = "false",
            ["Idempotency:Retention"] = "00:00:00.500",
        });
        await app.PostOrderAsync(Orders.Sample(), key: Guid.NewGuid().ToString());
        await Task.Delay(TimeSpan.FromSeconds(1));

        var response = await app.Client.PostAsJsonAsync("/PurgeIdempotencyKeys", HostPayloads.TimerInvocation());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("purged 1", (await response.Content.ReadFromJsonAsync<JsonObject>())!["Logs"]![0]!.GetValue<string>());
    }
}
