using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.OperationsConsole;

/// <summary>
/// <c>GET /manage/console</c>: the operations console, a page for admins over the management API. In Azure it is opened
/// with the admin key as <c>?code=…</c>; the page sends that key on each call it makes.
/// </summary>
public sealed class ConsoleFunction
{
    [Function(nameof(OperationsConsole))]
    [ExcludeFromDescription] // An HTML page for people, not an operation of the API.
    public IResult OperationsConsole(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.Console)] HttpRequest request) => new ConsolePageResult();

    private sealed class ConsolePageResult : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.ContentSecurityPolicy = ConsolePage.ContentSecurityPolicy;
            // The URL may carry the admin key: never cache the page, never send the URL on as a referrer.
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            response.Headers.XContentTypeOptions = "nosniff";
            return response.WriteAsync(ConsolePage.Html, httpContext.RequestAborted);
        }
    }
}
