using System.Net;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Diagnostics;

/// <summary>The admin can see how many storage requests the app has sent, per service, counted in the SDK pipeline.</summary>
public sealed class StorageOperationCounting
{
    private const string Path = "/manage/diagnostics/storageOperations";

    [Fact]
    public async Task AnOrderAddsItsTableRequestsToTheCount()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var before = await app.GetJsonAsync(Path);

        Assert.Equal(HttpStatusCode.Created, (await app.PostOrderAsync(Orders.Sample())).StatusCode);
        var after = await app.GetJsonAsync(Path);

        Assert.True(after["table"]!.GetValue<long>() > before["table"]!.GetValue<long>(), $"{before.ToJsonString()} then {after.ToJsonString()}");
        Assert.Equal(after["table"]!.GetValue<long>() + after["queue"]!.GetValue<long>() + after["blob"]!.GetValue<long>(), after["total"]!.GetValue<long>());
        Assert.Equal(before["since"]!.GetValue<string>(), after["since"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCountsNeedAnAdminKey()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["Security:AllowAnonymous"] = "false", ["Security:ApiKeys"] = "api-key", ["Security:AdminKeys"] = "admin-key",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.GetAsync($"{Path}?code=api-key")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync($"{Path}?code=admin-key")).StatusCode);
    }
}
