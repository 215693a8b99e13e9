using System.Net;
using System.Net.Http.Json;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Security;

/// <summary>The development host checks Security__ApiKeys and Security__AdminKeys as the Functions host checks its keys.</summary>
public sealed class FunctionKeyAccess : IAsyncLifetime
{
    private const string ApiKey = "cpq-7f3a9c";
    private const string AdminKey = "ops-51be20";
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync(new Dictionary<string, string?>
    {
        ["DevHost:QueueListener"] = "false",
        ["Security:AllowAnonymous"] = "false",
        ["Security:ApiKeys"] = $"other-key, {ApiKey}",
        ["Security:AdminKeys"] = AdminKey,
    });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task OrderWithoutAKeyIsRefusedAndNotStored()
    {
        var response = await app.PostOrderAsync(Orders.Sample());

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("x-functions-key", error["message"]!.GetValue<string>());
        Assert.Equal(0, CountOrders());
    }

    [Fact]
    public async Task WrongKeyIsRefused()
    {
        var response = await Send(HttpMethod.Post, PipelineApp.ProductOrderPath, headerKey: "cpq-7f3a9d");

        await response.AssertTmfErrorAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task ApiKeyInTheHeaderOrTheCodeParameterOpensTheApi()
    {
        var byHeader = await Send(HttpMethod.Post, PipelineApp.ProductOrderPath, headerKey: ApiKey);
        var byQuery = await Send(HttpMethod.Post, $"{PipelineApp.ProductOrderPath}?code={ApiKey}");
        var list = await Send(HttpMethod.Get, $"{PipelineApp.ProductOrderPath}?code={ApiKey}");

        Assert.Equal(HttpStatusCode.Created, byHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byQuery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(2, CountOrders());
    }

    [Theory]
    [InlineData("GET", "/manage/inboundQueue")]
    [InlineData("GET", "/manage/inboundQueue/summary")]
    [InlineData("POST", "/manage/inboundQueue/0123/retry")]
    [InlineData("GET", "/manage/diagnostics/storageOperations")]
    [InlineData("POST", "/manage/referenceData")]
    public async Task ApiKeyDoesNotOpenAdminRoutes(string method, string path)
    {
        var response = await Send(new HttpMethod(method), path, headerKey: ApiKey);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Contains("admin", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AdminKeyOpensAdminRoutesAndTheApi()
    {
        var summary = await Send(HttpMethod.Get, "/manage/inboundQueue/summary", headerKey: AdminKey);
        var diagnostics = await Send(HttpMethod.Get, $"/manage/diagnostics/storageOperations?code={AdminKey}");
        var order = await Send(HttpMethod.Post, PipelineApp.ProductOrderPath, headerKey: AdminKey);

        Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
        Assert.Equal(HttpStatusCode.OK, diagnostics.StatusCode);
        Assert.Equal(HttpStatusCode.Created, order.StatusCode);
    }

    [Fact]
    public async Task HealthNeedsNoKey()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task UnknownRouteIsNotFoundRatherThanUnauthorized()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/tmf-api/nothing/here")).StatusCode);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string? headerKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent(Orders.Sample().ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        }

        if (headerKey is not null) request.Headers.Add("x-functions-key", headerKey);
        return app.Client.SendAsync(request);
    }

    private int CountOrders() =>
        app.Table(app.Names.CustomerOrdersTable).Query<Azure.Data.Tables.TableEntity>(select: ["RowKey"]).Count();
}
