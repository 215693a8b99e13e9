using Microsoft.AspNetCore.Http.Features;
using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace OrderPipeline.Functions.Errors;

/// <summary>
/// The one place exceptions become responses: request-level errors keep their status, anything else is a 500
/// with a correlation id to find the log entry by, never a stack trace.
/// </summary>
internal sealed partial class TmfExceptionHandler(ILogger<TmfExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var correlationId = Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier;
        var result = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TmfErrors.PayloadTooLarge(
                httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0),
            BadHttpRequestException bad => TmfErrors.Result(bad.StatusCode, "badRequest", "The request could not be read", bad.Message),
            _ => null,
        };

        if (result is null)
        {
            LogUnhandled(exception, correlationId);
            result = TmfErrors.Result(
                StatusCodes.Status500InternalServerError, "internalError", "Internal error",
                $"The request failed unexpectedly. Correlation id: {correlationId}");
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception, correlation id {CorrelationId}")]
    private partial void LogUnhandled(Exception exception, string correlationId);
}
