using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Idempotency;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.Validation;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Idempotency;

/// <summary>A CPQ system that repeats a request under its Idempotency-Key gets the first answer and no second order.</summary>
public sealed class IdempotentIntake : IAsyncLifetime
{
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task RepeatedSyncRequestGetsTheSameOrderAndCreatesNoSecond()
    {
        var key = NewKey();
        var first = await app.PostOrderAsync(Orders.Sample("CPQ-IDEM-1"), key: key);
        var repeat = await app.PostOrderAsync(Orders.Sample("CPQ-IDEM-1"), key: key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        var firstBody = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var repeatBody = JsonNode.Parse(await repeat.Content.ReadAsStringAsync())!;
        Assert.Equal(firstBody.ToJsonString(), repeatBody.ToJsonString());
        Assert.Equal(first.Headers.Location, repeat.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", repeat.Header("Idempotent-Replayed"));
        Assert.Equal(1, CountRows(app.Names.CustomerOrdersTable));
    }

    [Fact]
    public async Task RepeatedAsyncRequestGetsTheSameIdAndRecordsOneEntry()
    {
        var key = NewKey();
        var first = await app.PostOrderAsync(Orders.Sample(), "async", key);
        var repeat = await app.PostOrderAsync(Orders.Sample(), "async", key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, repeat.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeat.Content.ReadAsStringAsync());
        var summary = await app.GetJsonAsync("/manage/inboundQueue/summary");
        Assert.Equal(1, summary["New"]!.GetValue<int>());
        Assert.Single((await app.InboundQueue.PeekMessagesAsync(maxMessages: 32)).Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("async")]
    public async Task SimultaneousRepeatsAllGetOneOrder(string? mode)
    {
        var key = NewKey();
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => app.PostOrderAsync(Orders.Sample(), mode, key)));

        var bodies = await Task.WhenAll(responses.Select(response => response.Content.ReadAsStringAsync()));
        Assert.All(responses, response => Assert.Equal(mode is null ? HttpStatusCode.Created : HttpStatusCode.Accepted, response.StatusCode));
        var ids = bodies.Select(body => JsonNode.Parse(body)!["id"]!.GetValue<string>()).Distinct().ToList();
        Assert.Single(ids);
        Assert.Single(bodies.Distinct());
        if (mode is null)
        {
            Assert.Equal(1, CountRows(app.Names.CustomerOrdersTable));
            Assert.Equal((1, 2), app.CountOrderRows(ids[0]));
        }
        else
        {
            Assert.Equal(1, (await app.GetJsonAsync("/manage/inboundQueue/summary"))["New"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task SameKeyWithAnotherOrderIsAConflictAndStoresNothingNew()
    {
        var key = NewKey();
        await app.PostOrderAsync(Orders.Sample("CPQ-A"), key: key);

        var other = await app.PostOrderAsync(Orders.Sample("CPQ-B"), key: key);

        var error = await other.AssertTmfErrorAsync(HttpStatusCode.Conflict, "idempotencyKeyReused");
        Assert.Equal(["Idempotency-Key"], error.DetailPaths());
        Assert.Equal(1, CountRows(app.Names.CustomerOrdersTable));
    }

    [Fact]
    public async Task SameKeyInTheOtherModeIsAConflict()
    {
        var key = NewKey();
        await app.PostOrderAsync(Orders.Sample(), key: key);

        var asyncRepeat = await app.PostOrderAsync(Orders.Sample(), "async", key);

        await asyncRepeat.AssertTmfErrorAsync(HttpStatusCode.Conflict, "idempotencyKeyReused");
        Assert.Equal(0, (await app.GetJsonAsync("/manage/inboundQueue/summary"))["New"]!.GetValue<int>());
    }

    [Fact]
    public async Task SameOrderWithOtherFormattingIsTheSameRequest()
    {
        var key = NewKey();
        var first = await app.PostOrderAsync(Orders.Sample(), key: key);
        var indented = new StringContent(Orders.Sample().ToJsonString(new JsonSerializerOptions { WriteIndented = true }), System.Text.Encoding.UTF8, "application/json");
        indented.Headers.Add("Idempotency-Key", key);

        var repeat = await app.Client.PostAsync(PipelineApp.ProductOrderPath, indented);

        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(first.Headers.Location, repeat.Headers.Location);
    }

    [Fact]
    public async Task DifferentKeysCreateDifferentOrders()
    {
        var first = await app.PostOrderAsync(Orders.Sample(), key: NewKey());
        var second = await app.PostOrderAsync(Orders.Sample(), key: NewKey());

        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        Assert.Equal(2, CountRows(app.Names.CustomerOrdersTable));
    }

    [Fact]
    public async Task InvalidOrderUnderAKeyLeavesTheKeyFree()
    {
        var key = NewKey();
        var invalid = await app.PostOrderAsync(Orders.BusinessInvalid(), key: key);
        var valid = await app.PostOrderAsync(Orders.Sample(), key: key);

        await invalid.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("tab\tinside")]
    public async Task MalformedKeyIsRefused(string key)
    {
        var content = new StringContent(Orders.Sample().ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        content.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var response = await app.Client.PostAsync(PipelineApp.ProductOrderPath, content);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidHeader");
        Assert.Equal(["Idempotency-Key"], error.DetailPaths());
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task OverlongKeyIsRefused()
    {
        var response = await app.PostOrderAsync(Orders.Sample(), key: new string('k', IdempotentRequest.MaxKeyLength + 1));

        await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidHeader");
    }

    [Fact]
    public async Task RepeatOfARequestThatDiedBeforeWritingCreatesTheOrderUnderTheClaimedId()
    {
        // The first request claimed the key and its process died before it wrote anything.
        var key = NewKey();
        var order = JsonSerializer.Deserialize(Orders.Sample().ToJsonString(), TmfJsonContext.Default.ProductOrder)!;
        var fingerprint = RequestFingerprint.Of(IntakeMode.Sync, JsonSerializer.Serialize(order, TmfJsonContext.Default.ProductOrder));
        var claimedAt = DateTimeOffset.UtcNow.AddSeconds(-5);
        var claimedId = OrderIds.New();
        await app.Services.GetRequiredService<IIdempotencyStore>().ClaimAsync(
            new IdempotentRequest(key, OrderType.Product, fingerprint, claimedId, claimedAt, claimedAt.AddHours(1)), default);

        var repeat = await app.PostOrderAsync(Orders.Sample(), key: key);

        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(claimedId, JsonNode.Parse(await repeat.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
        Assert.Equal((1, 2), app.CountOrderRows(claimedId));
    }

    private int CountRows(string table) => app.Table(table).Query<TableEntity>(select: ["RowKey"]).Count();

    private static string NewKey() => Guid.NewGuid().ToString();
}
