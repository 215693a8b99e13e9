using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace OrderPipeline.Functions.Errors;

/// <summary>
/// Worker middleware: an HTTP function that throws answers with the TM Forum error body instead of the host's bare 500.
/// Queue and timer functions are left to fail, so their trigger retries.
/// </summary>
internal sealed class TmfExceptionMiddleware(ILogger<TmfExceptionMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { Response.HasStarted: false } httpContext)
        {
            await UnhandledExceptions.ToResult(ex, httpContext, logger).ExecuteAsync(httpContext);
        }
    }
}
