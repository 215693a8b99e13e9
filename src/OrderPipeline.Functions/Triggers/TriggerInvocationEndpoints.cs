using System.Globalization;
using System.Text.Json;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Triggers;

/// <summary>
/// The custom-handler side of the queue and timer functions: the Functions host POSTs
/// <c>{Data, Metadata}</c> to <c>/{FunctionName}</c> and reads <c>{Outputs, Logs, ReturnValue}</c> back.
/// A non-success status tells the host the invocation failed, so it retries as its trigger does.
/// </summary>
internal static partial class TriggerInvocationEndpoints
{
    public static void MapTriggerInvocations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/" + FunctionCatalog.ProcessInboundEntry.Name, ProcessInboundEntryAsync).ExcludeFromDescription();
        endpoints.MapPost("/" + FunctionCatalog.SweepInboundQueue.Name, SweepInboundQueueAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> ProcessInboundEntryAsync(
        FunctionInvocationRequest invocation, InboundQueueTrigger trigger, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var binding = FunctionCatalog.ProcessInboundEntry.BindingName;
        if (invocation.Data?.TryGetValue(binding, out var data) != true)
        {
            return Answer(StatusCodes.Status400BadRequest, $"The invocation carries no '{binding}' binding data.");
        }

        var dequeueCount = invocation.Metadata is { } metadata && metadata.TryGetValue("DequeueCount", out var count) ? ReadInt(count) : 1;
        try
        {
            var outcome = await trigger.HandleAsync(MessageText(data), dequeueCount, cancellationToken);
            return Answer(StatusCodes.Status200OK, $"ProcessInboundEntry: {outcome}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogInvocationFailed(loggers.CreateLogger(nameof(TriggerInvocationEndpoints)), ex, FunctionCatalog.ProcessInboundEntry.Name);
            return Answer(StatusCodes.Status500InternalServerError, $"ProcessInboundEntry failed: {ex.Message}");
        }
    }

    private static async Task<IResult> SweepInboundQueueAsync(
        FunctionInvocationRequest invocation, InboundSweeper sweeper, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sweeper.SweepAsync(cancellationToken);
            return Answer(StatusCodes.Status200OK, $"SweepInboundQueue: took {result.Taken}, done {result.Done}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogInvocationFailed(loggers.CreateLogger(nameof(TriggerInvocationEndpoints)), ex, FunctionCatalog.SweepInboundQueue.Name);
            return Answer(StatusCodes.Status500InternalServerError, $"SweepInboundQueue failed: {ex.Message}");
        }
    }

    // The host hands over a queue message as a JSON string; a message that is itself JSON may arrive parsed.
    private static string MessageText(JsonElement data) =>
        data.ValueKind == JsonValueKind.String ? data.GetString()! : data.GetRawText();

    private static int ReadInt(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetInt32(),
        JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => 1,
    };

    private static IResult Answer(int status, string log) => TypedResults.Json(
        new FunctionInvocationResponse([], [log], null), FunctionsJsonContext.Default.FunctionInvocationResponse, statusCode: status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Invocation of {FunctionName} failed")]
    private static partial void LogInvocationFailed(ILogger logger, Exception exception, string functionName);
}
