using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrderPipeline.DevHost.Functions;
using OrderPipeline.DevHost.Triggers;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Hosting;

/// <summary>What the development host serves is what the generated functions.metadata declares: any drift fails here.</summary>
public sealed class DevelopmentHostServesTheMetadata
{
    private readonly IReadOnlyList<GeneratedFunction> generated = GeneratedFunction.ReadAll();

    [Fact]
    public async Task EveryHttpFunctionIsServedAtItsRouteMethodAndAuthLevelAndNothingElseIs()
    {
        await using var app = await PipelineApp.StartAsync();
        // Besides the functions the development host serves only what it marks as its own (the API document and reference page).
        var served = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<DevelopmentHostEndpoint>() is null)
            .Select(endpoint => (Endpoint: endpoint, Function: endpoint.Metadata.GetMetadata<HttpFunction>()))
            .Select(pair => $"{pair.Function?.Name} {string.Join(',', pair.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)} " +
                $"{pair.Endpoint.RoutePattern.RawText} {pair.Function?.AuthLevel}")
            .Order().ToList();

        var declared = generated.Where(function => function.TriggerType == "httpTrigger")
            .Select(function => $"{function.Name} {string.Join(',', function.Methods)} /{function.Route} {function.AuthLevel}")
            .Order().ToList();

        Assert.Equal(declared, served);
    }

    [Fact]
    public async Task EveryQueueAndTimerFunctionHasItsTriggerInTheDevelopmentHost()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?> { ["DevHost:Timers"] = "true" });
        var index = app.Services.GetRequiredService<FunctionIndex>();
        var hosted = app.Services.GetServices<IHostedService>().ToList();

        var queues = generated.Where(function => function.TriggerType == "queueTrigger").ToList();
        var timers = generated.Where(function => function.TriggerType == "timerTrigger").ToList();
        Assert.Equal(queues.Select(function => $"{function.Name} {function.Trigger["queueName"]}").Order(),
            index.Queue.Select(function => $"{function.Name} {function.QueueName}").Order());
        Assert.Equal(timers.Select(function => $"{function.Name} {function.Trigger["schedule"]}").Order(),
            index.Timer.Select(function => $"{function.Name} {function.Schedule}").Order());
        Assert.Equal(queues.Count, hosted.OfType<QueueListener>().Count());
        Assert.Equal(timers.Count, hosted.OfType<TimerScheduler>().Count());
    }
}
