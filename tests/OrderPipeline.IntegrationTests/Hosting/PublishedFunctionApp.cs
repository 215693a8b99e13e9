using System.Diagnostics;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Hosting;

/// <summary><c>dotnet publish</c> of the function app gives a folder a zip deploy or <c>func azure functionapp publish</c> takes as is.</summary>
public sealed class PublishedFunctionApp
{
    [Fact]
    public async Task PublishGivesAFunctionAppRootForTheIsolatedWorker()
    {
        var output = Directory.CreateTempSubdirectory("publish").FullName;
        var artifacts = Directory.CreateTempSubdirectory("publish-artifacts").FullName;
        var project = Path.Combine(SharedAzurite.RepositoryRootPath, "src", "OrderPipeline.Functions");

        await RunAsync("dotnet", "publish", project, "-c", "Release", "-o", output, "--artifacts-path", artifacts, "-nologo");

        foreach (var file in new[] { "host.json", "functions.metadata", "worker.config.json", "extensions.json", "OrderPipeline.Functions.dll" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} is in the published folder");
        }

        var worker = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "worker.config.json")))!["description"]!;
        Assert.Equal("dotnet-isolated", worker["language"]!.GetValue<string>());
        Assert.Equal("OrderPipeline.Functions.dll", worker["defaultWorkerPath"]!.GetValue<string>());
        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "extensions.json")))!["extensions"]!.AsArray();
        Assert.Contains(extensions, extension => extension!["name"]!.GetValue<string>() == "AzureStorageQueues");
        var published = GeneratedFunction.Parse(File.ReadAllText(Path.Combine(output, "functions.metadata")));
        Assert.Equal(GeneratedFunction.ReadAll().Select(function => function.Name).Order(), published.Select(function => function.Name).Order());
        Assert.False(File.Exists(Path.Combine(output, "local.settings.json")), "no developer settings ship");
        Assert.False(File.Exists(Path.Combine(output, "OrderPipeline.LocalDev.dll")), "nothing for local development ships");
    }

    private static async Task RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) Assert.Fail($"{fileName} {string.Join(' ', arguments)} failed:\n{await stdout}\n{await stderr}");
    }
}
