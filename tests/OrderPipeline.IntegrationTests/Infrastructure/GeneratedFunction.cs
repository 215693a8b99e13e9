using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>One function as the Functions SDK wrote it into functions.metadata: the host's whole view of it.</summary>
public sealed record GeneratedFunction(string Name, JsonObject Trigger)
{
    public string TriggerType => Trigger["type"]!.GetValue<string>();

    public string? Route => Trigger["route"]?.GetValue<string>();

    public string? AuthLevel => Trigger["authLevel"]?.GetValue<string>();

    public IReadOnlyList<string> Methods => Trigger["methods"]?.AsArray().Select(method => method!.GetValue<string>().ToUpperInvariant()).ToList() ?? [];

    /// <summary>functions.metadata as built next to the tests (copied from the function app's output).</summary>
    public static IReadOnlyList<GeneratedFunction> ReadAll() => Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));

    public static IReadOnlyList<GeneratedFunction> Parse(string json) =>
        [.. JsonNode.Parse(json)!.AsArray().Select(function => new GeneratedFunction(
            function!["name"]!.GetValue<string>(),
            function["bindings"]!.AsArray().Single(binding => binding!["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal))!.AsObject()))];
}
