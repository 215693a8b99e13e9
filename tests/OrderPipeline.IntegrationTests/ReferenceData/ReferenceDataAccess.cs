using System.Net;
using System.Text;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ReferenceData;

/// <summary>Loading reference data is an admin route: an API key does not open it.</summary>
public sealed class ReferenceDataAccess : IAsyncLifetime
{
    private const string ApiKey = "cpq-7f3a9c";
    private const string AdminKey = "ops-51be20";
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync(new Dictionary<string, string?>
    {
        ["DevHost:QueueListener"] = "false",
        ["ReferenceData:SeedFile"] = "",
        ["Security:AllowAnonymous"] = "false",
        ["Security:ApiKeys"] = ApiKey,
        ["Security:AdminKeys"] = AdminKey,
    });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData(ApiKey)]
    [InlineData("ops-51be21")]
    public async Task LoadWithoutAnAdminKeyIsRefusedAndStoresNothing(string? key)
    {
        var response = await PostAsync(key);

        await response.AssertTmfErrorAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Empty(app.ReferenceRows());
    }

    [Fact]
    public async Task AdminKeyLoadsTheDocument()
    {
        var response = await PostAsync(AdminKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(app.ReferenceRows());
    }

    private Task<HttpResponseMessage> PostAsync(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, ReferenceDocuments.LoadPath)
        {
            Content = new StringContent(ReferenceDocuments.Sample().ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (key is not null) request.Headers.Add("x-functions-key", key);
        return app.Client.SendAsync(request);
    }
}
