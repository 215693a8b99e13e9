using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Functions.Triggers;

/// <summary>What the Functions host POSTs to a custom handler for a non-HTTP trigger: binding data and trigger metadata.</summary>
public sealed record FunctionInvocationRequest(Dictionary<string, JsonElement>? Data, Dictionary<string, JsonElement>? Metadata);

/// <summary>What the custom handler answers: output bindings, log lines for the host's log, and a return value.</summary>
public sealed record FunctionInvocationResponse(
    [property: JsonPropertyName("Outputs")] Dictionary<string, JsonElement> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement? ReturnValue);
