using OrderPipeline.Domain.Telemetry;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Telemetry;

/// <summary>What an operator searching logs for one order finds: its lines carry the order's ids and its trace.</summary>
[Collection(TelemetrySuite.Name)]
public sealed class OrderLogScopes
{
    [Fact]
    public async Task ProcessingLinesCarryTheOrderIdEntryIdExternalIdAndTrace()
    {
        var telemetry = new CapturedTelemetry();
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:OrderPipeline"] = "Information" };
        await using var app = await PipelineApp.StartAsync(settings, configure: telemetry.AddTo);

        var id = await (await app.PostOrderAsync(Orders.Sample("CPQ-LOGS-1"), "async")).AcceptedIdAsync();
        await app.WaitForStateAsync(id, "Done");
        var trace = await telemetry.TraceEndingWithAsync("process inbound entry", TelemetryTags.EntryId, id);

        var done = Assert.Single(telemetry.Logs, record => record.FormattedMessage == $"Inbound entry {id} is Done after 1 attempt(s)");
        var scope = CapturedTelemetry.ScopeAttributes(done);
        Assert.Equal(id, scope["OrderId"]);
        Assert.Equal(id, scope["EntryId"]);
        Assert.Equal("CPQ-LOGS-1", scope["ExternalId"]);
        Assert.Equal(trace[0].TraceId, done.TraceId);
    }
}
