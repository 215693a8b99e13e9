using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Security;

/// <summary>
/// Standalone, checks the key of every request against the auth level of the function it was routed to.
/// The key comes as the Functions host takes it: the <c>x-functions-key</c> header or the <c>code</c> query parameter.
/// </summary>
internal sealed class FunctionKeyMiddleware(RequestDelegate next, FunctionKeys keys)
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";

    public async Task InvokeAsync(HttpContext context)
    {
        var level = context.GetEndpoint()?.Metadata.GetMetadata<FunctionDefinition>() switch
        {
            HttpFunction http => http.AuthLevel,
            null => FunctionAuthLevel.Anonymous, // no endpoint: the 404 or 405 that follows gives nothing away
            _ => FunctionAuthLevel.Admin, // the host's trigger invocations, reachable standalone only with an admin key
        };

        var presented = context.Request.Headers[HeaderName].FirstOrDefault() ?? context.Request.Query[QueryName].FirstOrDefault();
        if (keys.Opens(level, presented))
        {
            await next(context);
            return;
        }

        var message = presented is null
            ? $"This route needs {(level == FunctionAuthLevel.Admin ? "an admin" : "an API")} key in the {HeaderName} header or the {QueryName} query parameter."
            : $"The key given does not open this route; it needs {(level == FunctionAuthLevel.Admin ? "an admin" : "an API or admin")} key.";
        await TmfErrors.Unauthorized(message).ExecuteAsync(context);
    }
}
