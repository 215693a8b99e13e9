using Microsoft.Azure.Functions.Worker;
using OrderPipeline.DevHost.Functions;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.DevHost.Security;

/// <summary>
/// Checks the key of every request against the auth level of the function it was routed to.
/// The key comes as the Functions host takes it: the <c>x-functions-key</c> header or the <c>code</c> query parameter.
/// </summary>
internal sealed class FunctionKeyMiddleware(RequestDelegate next, FunctionKeys keys)
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = Routes.KeyQueryParameter;

    public async Task InvokeAsync(HttpContext context)
    {
        // No function: the 404 or 405 that follows gives nothing away.
        var level = context.GetEndpoint()?.Metadata.GetMetadata<HttpFunction>()?.AuthLevel ?? AuthorizationLevel.Anonymous;

        var presented = context.Request.Headers[HeaderName].FirstOrDefault() ?? context.Request.Query[QueryName].FirstOrDefault();
        if (keys.Opens(level, presented))
        {
            await next(context);
            return;
        }

        var message = presented is null
            ? $"This route needs {(level == AuthorizationLevel.Admin ? "an admin" : "an API")} key in the {HeaderName} header or the {QueryName} query parameter."
            : $"The key given does not open this route; it needs {(level == AuthorizationLevel.Admin ? "an admin" : "an API or admin")} key.";
        await TmfErrors.Unauthorized(message).ExecuteAsync(context);
    }
}
