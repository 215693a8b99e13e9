using System.Net;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>Being strict about the media type takes nothing from a client that names the right one: in any case, with parameters, with charset utf-8.</summary>
public sealed class JsonMediaTypesAreTakenInAnyCase : IAsyncLifetime
{
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync(TestSettings.ListenerOff);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("product", "APPLICATION/JSON")]
    [InlineData("product", "application/json;charset=\"UTF-8\"")]
    [InlineData("service", "Application/Json; charset=utf-8; profile=\"tmf641\"")]
    [InlineData("service", "application/json;")]
    public async Task OrderAsJsonIsCreated(string orderType, string contentType)
    {
        var kind = OrderKind.Named(orderType);

        var response = await kind.PostAsync(app, kind.Sample().ToJsonString(), contentType, "sync");

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{contentType}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("product", "Application/X-NDJSON; charset=UTF-8")]
    [InlineData("service", "application/x-ndjson")]
    public async Task OrdersAsNdjsonAreTakenInBulk(string orderType, string contentType)
    {
        var kind = OrderKind.Named(orderType);

        var response = await kind.PostAsync(app, kind.Sample().ToJsonString(), contentType, "async");

        Assert.True(response.StatusCode == HttpStatusCode.MultiStatus, $"{contentType}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
