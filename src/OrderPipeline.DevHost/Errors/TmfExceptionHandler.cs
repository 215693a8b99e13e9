using Microsoft.AspNetCore.Diagnostics;
using OrderPipeline.Functions.Errors;

namespace OrderPipeline.DevHost.Errors;

/// <summary>Answers an exception that escaped a function as the function app's worker middleware does.</summary>
internal sealed class TmfExceptionHandler(ILogger<TmfExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        await UnhandledExceptions.ToResult(exception, httpContext, logger).ExecuteAsync(httpContext);
        return true;
    }
}
