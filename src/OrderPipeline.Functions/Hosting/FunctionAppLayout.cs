using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderPipeline.Functions.Hosting;

/// <summary>
/// Writes what the Functions host needs next to the published app: host.json naming this executable,
/// and <c>{FunctionName}/function.json</c> for every function in <see cref="FunctionCatalog"/>.
/// Run by the publish step as <c>OrderPipeline.Functions --write-function-app DIR</c>.
/// </summary>
public static class FunctionAppLayout
{
    public const string Command = "--write-function-app";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static bool IsWriteCommand(string[] args, out string directory)
    {
        directory = args is [Command, var target] ? target : "";
        return directory.Length > 0;
    }

    public static void Write(string directory, string hostJsonTemplate)
    {
        var host = JsonNode.Parse(File.ReadAllText(hostJsonTemplate))!.AsObject();
        host["customHandler"]!["description"]!["defaultExecutablePath"] = OperatingSystem.IsWindows() ? "OrderPipeline.Functions.exe" : "OrderPipeline.Functions";
        File.WriteAllText(Path.Combine(directory, "host.json"), host.ToJsonString(Indented));

        foreach (var function in FunctionCatalog.All)
        {
            var folder = Directory.CreateDirectory(Path.Combine(directory, function.Name));
            File.WriteAllText(Path.Combine(folder.FullName, "function.json"), ToFunctionJson(function).ToJsonString(Indented));
        }
    }

    public static JsonObject ToFunctionJson(FunctionDefinition function) => new()
    {
        ["bindings"] = function switch
        {
            HttpFunction http => new JsonArray(
                new JsonObject
                {
                    ["type"] = "httpTrigger",
                    ["direction"] = "in",
                    ["name"] = "req",
                    ["authLevel"] = http.AuthLevel.ToString().ToLowerInvariant(),
                    ["methods"] = new JsonArray(http.Method.ToLowerInvariant()),
                    ["route"] = http.Route,
                },
                new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" }),
            QueueFunction queue => new JsonArray(new JsonObject
            {
                ["type"] = "queueTrigger",
                ["direction"] = "in",
                ["name"] = queue.BindingName,
                ["queueName"] = queue.QueueName,
                ["connection"] = Storage.StorageServiceCollectionExtensions.ConnectionSetting,
            }),
            TimerFunction timer => new JsonArray(new JsonObject
            {
                ["type"] = "timerTrigger",
                ["direction"] = "in",
                ["name"] = timer.BindingName,
                ["schedule"] = $"%{timer.ScheduleSetting}%",
                ["runOnStartup"] = false,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(function), function, "Unknown kind of function."),
        },
    };
}
