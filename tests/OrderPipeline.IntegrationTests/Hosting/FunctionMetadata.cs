using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Hosting;

/// <summary>The function.json files the Functions host reads agree with what the app serves.</summary>
public sealed class FunctionMetadata
{
    [Fact]
    public async Task EveryHttpFunctionIsServedAtItsRouteAndNothingElseIs()
    {
        await using var app = await PipelineApp.StartAsync();
        var served = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => $"{endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Single()} {endpoint.RoutePattern.RawText}")
            .Order().ToList();

        var declared = FunctionCatalog.All.Select(function => function switch
        {
            HttpFunction http => $"{http.Method} /{http.Route}",
            _ => $"POST /{function.Name}", // queue and timer invocations from the host
        }).Order().ToList();

        Assert.Equal(declared, served);
    }

    [Fact]
    public void GeneratedLayoutDeclaresEveryTriggerAsTheHostExpects()
    {
        var directory = Directory.CreateTempSubdirectory("function-app").FullName;

        FunctionAppLayout.Write(directory, Path.Combine(AppContext.BaseDirectory, "host.json"));

        var queue = ReadBinding(directory, "ProcessInboundEntry");
        Assert.Equal("queueTrigger", queue["type"]!.GetValue<string>());
        Assert.Equal("inbound-orders", queue["queueName"]!.GetValue<string>());
        Assert.Equal("AzureWebJobsStorage", queue["connection"]!.GetValue<string>());
        Assert.Equal("message", queue["name"]!.GetValue<string>());
        var timer = ReadBinding(directory, "SweepInboundQueue");
        Assert.Equal("timerTrigger", timer["type"]!.GetValue<string>());
        Assert.Equal("%InboundQueue__SweepSchedule%", timer["schedule"]!.GetValue<string>());
        Assert.Equal("%Idempotency__PurgeSchedule%", ReadBinding(directory, "PurgeIdempotencyKeys")["schedule"]!.GetValue<string>());
        var create = ReadBinding(directory, "CreateProductOrder");
        Assert.Equal("httpTrigger", create["type"]!.GetValue<string>());
        Assert.Equal("tmf-api/productOrderingManagement/v4/productOrder", create["route"]!.GetValue<string>());
        Assert.Equal("function", create["authLevel"]!.GetValue<string>());
        Assert.Equal("admin", ReadBinding(directory, "RetryInboundEntry")["authLevel"]!.GetValue<string>());
        Assert.Equal("anonymous", ReadBinding(directory, "Health")["authLevel"]!.GetValue<string>());
    }

    [Fact]
    public async Task PublishProducesADeployableFunctionAppRoot()
    {
        var output = Directory.CreateTempSubdirectory("publish").FullName;
        var artifacts = Directory.CreateTempSubdirectory("publish-artifacts").FullName;
        var project = Path.Combine(SharedAzurite.RepositoryRootPath, "src", "OrderPipeline.Functions");

        var exitCode = await RunAsync("dotnet", "publish", project, "-c", "Release", "-o", output, "--artifacts-path", artifacts, "-nologo");

        Assert.Equal(0, exitCode);
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "host.json")))!;
        var executable = host["customHandler"]!["description"]!["defaultExecutablePath"]!.GetValue<string>();
        Assert.True(File.Exists(Path.Combine(output, executable)), $"{executable} is in the published folder");
        Assert.True(host["customHandler"]!["enableForwardingHttpRequest"]!.GetValue<bool>());
        Assert.Equal("", host["extensions"]!["http"]!["routePrefix"]!.GetValue<string>());
        foreach (var function in FunctionCatalog.All)
        {
            var written = JsonNode.Parse(File.ReadAllText(Path.Combine(output, function.Name, "function.json")))!;
            Assert.True(JsonNode.DeepEquals(FunctionAppLayout.ToFunctionJson(function), written), $"{function.Name}/function.json matches the code");
        }
    }

    private static JsonObject ReadBinding(string directory, string function) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(directory, function, "function.json")))!["bindings"]![0]!.AsObject();

    private static async Task<int> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) Assert.Fail($"{fileName} {string.Join(' ', arguments)} failed:\n{await stdout}\n{await stderr}");
        return process.ExitCode;
    }
}
