using System.Globalization;
using System.Text.Json;
using OrderPipeline.Domain.Idempotency;
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
        endpoints.MapInvocation(FunctionCatalog.ProcessInboundEntry, ProcessInboundEntryAsync);
        endpoints.MapInvocation(FunctionCatalog.SweepInboundQueue, SweepInboundQueueAsync);
        endpoints.MapInvocation(FunctionCatalog.PurgeIdempotencyKeys, PurgeIdempotencyKeysAsync);
    }

    private static void MapInvocation(this IEndpointRouteBuilder endpoints, FunctionDefinition function, Delegate handler) =>
        endpoints.MapPost("/" + function.Name, handler).WithMetadata(function).ExcludeFromDescription();

    private static async Task<IResult> ProcessInboundEntryAsync(
        FunctionInvocationRequest invocation, InboundQueueTrigger trigger, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var binding = FunctionCatalog.ProcessInboundEntry.BindingName;
        if (invocation.Data?.TryGetValue(binding, out var data) != true)
        {
            return Answer(StatusCodes.Status400BadRequest, $"The invocation carries no '{binding}' binding data.");
        }

        var dequeueCount = invocation.Metadata is { } metadata && metadata.TryGetValue("DequeueCount", out var count) ? ReadInt(count) : 1;
        return await InvokeAsync(FunctionCatalog.ProcessInboundEntry, loggers, async () =>
            $"{await trigger.HandleAsync(MessageText(data), dequeueCount, cancellationToken)}");
    }

    private static Task<IResult> SweepInboundQueueAsync(
        FunctionInvocationRequest invocation, InboundSweeper sweeper, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        InvokeAsync(FunctionCatalog.SweepInboundQueue, loggers, async () =>
        {
            var result = await sweeper.SweepAsync(cancellationToken);
            return $"took {result.Taken}, done {result.Done}";
        });

    private static Task<IResult> PurgeIdempotencyKeysAsync(
        FunctionInvocationRequest invocation, IdempotencyKeyPurge purge, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        InvokeAsync(FunctionCatalog.PurgeIdempotencyKeys, loggers, async () => $"purged {await purge.PurgeAsync(cancellationToken)}");

    /// <summary>Runs a function and answers the host: 200 with its outcome in the log, or 500 so the host counts a failure.</summary>
    private static async Task<IResult> InvokeAsync(FunctionDefinition function, ILoggerFactory loggers, Func<Task<string>> run)
    {
        try
        {
            return Answer(StatusCodes.Status200OK, $"{function.Name}: {await run()}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogInvocationFailed(loggers.CreateLogger(nameof(TriggerInvocationEndpoints)), ex, function.Name);
            return Answer(StatusCodes.Status500InternalServerError, $"{function.Name} failed: {ex.Message}");
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
