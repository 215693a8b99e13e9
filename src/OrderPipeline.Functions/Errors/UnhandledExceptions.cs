using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using OrderPipeline.Storage;

namespace OrderPipeline.Functions.Errors;

/// <summary>
/// The one place an exception that escaped an HTTP function becomes an answer: request-level errors keep their status,
/// anything else is a 500 with a correlation id to find the log entry by, never a stack trace. The function app's worker
/// middleware and the development host's exception handler both answer through here.
/// </summary>
public static partial class UnhandledExceptions
{
    public static IResult ToResult(Exception exception, HttpContext httpContext, ILogger logger)
    {
        switch (exception)
        {
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                return TmfErrors.PayloadTooLarge(httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0);
            case BadHttpRequestException bad:
                return TmfErrors.Result(bad.StatusCode, "badRequest", "The request could not be read", bad.Message);
            case var _ when StorageFaults.IsUnavailable(exception):
                LogStorageUnavailable(logger, exception);
                return TmfErrors.StorageUnavailable();
        }

        var correlationId = Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier;
        LogUnhandled(logger, exception, correlationId);
        return TmfErrors.Result(
            StatusCodes.Status500InternalServerError, "internalError", "Internal error",
            $"The request failed unexpectedly. Correlation id: {correlationId}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage is unavailable; answered 503")]
    private static partial void LogStorageUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception, correlation id {CorrelationId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string correlationId);
}
