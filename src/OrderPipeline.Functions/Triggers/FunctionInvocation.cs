using System.Text.Json;

namespace OrderPipeline.Functions.Triggers;

/// <summary>What the Functions host POSTs to a custom handler for a non-HTTP trigger: binding data and trigger metadata.</summary>
public sealed record FunctionInvocationRequest(Dictionary<string, JsonElement>? Data, Dictionary<string, JsonElement>? Metadata);

/// <summary>What the custom handler answers: output bindings, log lines for the host's log, and a return value.</summary>
public sealed record FunctionInvocationResponse(Dictionary<string, JsonElement> Outputs, IReadOnlyList<string> Logs, JsonElement? ReturnValue);
