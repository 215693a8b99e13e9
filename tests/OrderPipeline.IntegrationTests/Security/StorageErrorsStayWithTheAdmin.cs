using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Security;

/// <summary>
/// An order that failed processing tells its client what happened in fixed words with a correlation id; the storage
/// exception behind it (status, error code, response headers, the server's name) is for the admin's view of the entry only.
/// </summary>
public sealed class StorageErrorsStayWithTheAdmin
{
    [Fact]
    public async Task ClientSeesAFixedMessageWithACorrelationIdAndTheAdminSeesTheStorageError()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        await app.Table(app.Names.CustomerOrderLinesTable).DeleteAsync(); // every attempt to write the order fails in storage
        var id = await app.SubmitAsyncAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => app.DeliverAsync(InboundEntries.MessageFor(id), dequeueCount: 5));

        var order = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");
        var entry = await app.EntryAsync(id);

        var seen = order["errorMessage"]![0]!["message"]!.GetValue<string>();
        Assert.Equal("rejected", order["state"]!.GetValue<string>());
        Assert.StartsWith("Processing failed after 5 attempts; the inbound entry holds the details. Correlation id: ", seen);
        foreach (var leak in new[] { "Status:", "Azurite", "RequestId", "Headers", "TableNotFound", "specified" })
        {
            Assert.DoesNotContain(leak, seen, StringComparison.OrdinalIgnoreCase);
        }

        var detail = entry["errorDetail"]!.GetValue<string>();
        Assert.Contains("The table specified does not exist", detail);
        Assert.Equal(seen, entry["errorMessage"]![0]!["message"]!.GetValue<string>());
    }
}
