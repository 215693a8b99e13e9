using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ProductOrders;

/// <summary>Orders the API refuses, and how: the TMF error body with every failure and its path, and nothing stored.</summary>
public sealed class InvalidProductOrders : IAsyncLifetime
{
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("sync")]
    [InlineData("async")]
    public async Task MalformedOrderIsRefusedWithEveryProblemAndItsPath(string mode)
    {
        var order = Orders.Sample();
        order["state"] = "completed";
        var items = order["productOrderItem"]!.AsArray();
        items[1]!.AsObject().Remove("action");
        items[1]!["productOrderItemRelationship"]![0]!["id"] = "99";
        items.Add(new JsonObject { ["id"] = "01", ["action"] = "add", ["productOffering"] = new JsonObject { ["id"] = "PO-IP-BLOCK" } });

        var response = await app.PostOrderAsync(order, mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Equal(
            ["productOrderItem[1].action", "productOrderItem[1].productOrderItemRelationship[0].id", "productOrderItem[2].id", "state"],
            error.DetailPaths().Order(StringComparer.Ordinal));
        await app.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("async")]
    public async Task OrderAgainstTheBusinessRulesIsRefusedWithEachRuleBroken(string mode)
    {
        var response = await app.PostOrderAsync(Orders.BusinessInvalid(), mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Equal(["productOrderItem[0].productOffering.id", "relatedParty"], error.DetailPaths().Order(StringComparer.Ordinal));
        await app.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("async")]
    public async Task NullAmongTheRelatedPartiesIsRefusedNotAnInternalError(string mode)
    {
        var order = Orders.Sample();
        order["relatedParty"]!.AsArray().Insert(0, null);

        var response = await app.PostOrderAsync(order, mode);

        // Refused as a null order item is (productOrderItem[0]: "an order item must be an object").
        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Contains("relatedParty[0]", error.DetailPaths());
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UnknownModeIsRefused()
    {
        var response = await app.PostOrderAsync(Orders.Sample(), "later");

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidQuery");
        Assert.Equal(["mode"], error.DetailPaths());
        await app.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("async")]
    public async Task OrderSentAsPlainTextIsAnUnsupportedMediaType(string mode)
    {
        var content = new StringContent(Orders.Sample().ToJsonString(), Encoding.UTF8, "text/plain");

        var response = await app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?mode={mode}", content);

        await response.AssertTmfErrorAsync(HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
        await app.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("[1,2]", "sync")]
    [InlineData("[1,2]", "async")]
    [InlineData("null", "sync")]
    [InlineData("null", "async")]
    [InlineData("""{"externalId": "CPQ-1", "productOrderItem": [{"id": "01", "act""", "sync")]
    [InlineData("""{"externalId": "CPQ-1", "productOrderItem": [{"id": "01", "act""", "async")]
    public async Task BodyThatIsNotAJsonObjectIsRefused(string body, string mode)
    {
        var response = await PostRawAsync(body, mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidBody");
        Assert.NotEmpty(error.DetailPaths());
        await app.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("async")]
    public async Task ValueOfTheWrongTypeIsRefusedWithItsPath(string mode)
    {
        var order = Orders.Sample();
        order["productOrderItem"]![0]!["quantity"] = "many";

        var response = await app.PostOrderAsync(order, mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidBody");
        Assert.Contains("productOrderItem[0].quantity", error.DetailPaths());
        await app.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("sync")]
    [InlineData("async")]
    public async Task ItemsThatRelyOnEachOtherInACycleAreRefused(string mode)
    {
        var order = Orders.Sample();
        order["productOrderItem"]![0]!["productOrderItemRelationship"] = new JsonArray(new JsonObject { ["id"] = "02", ["relationshipType"] = "reliesOn" });

        var response = await app.PostOrderAsync(order, mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");
        Assert.Equal(["productOrderItem[0].productOrderItemRelationship"], error.DetailPaths());
        await app.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("not-an-id")]
    public async Task OrderThatDoesNotExistIsNotFound(string id)
    {
        var response = await app.Client.GetAsync($"{PipelineApp.ProductOrderPath}/{id}");

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.NotFound, "notFound");
        Assert.Contains(id, error["message"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> PostRawAsync(string body, string mode) =>
        app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?mode={mode}", new StringContent(body, Encoding.UTF8, "application/json"));
}
