using OrderPipeline.Functions.Errors;

namespace OrderPipeline.DevHost.Errors;

/// <summary>
/// Gives the TM Forum error body to the answers ASP.NET Core writes without one: no route for the path (404),
/// a route that does not take the method (405). An answer that already has a body is left as it is.
/// </summary>
internal static class TmfStatusCodePages
{
    public static WebApplication UseTmfStatusCodePages(this WebApplication app)
    {
        // Runs only for a 4xx or 5xx whose body has not started and that has no Content-Type or Content-Length.
        app.UseStatusCodePages(context =>
        {
            var http = context.HttpContext;
            return TmfErrors.ForStatus(http.Response.StatusCode, http.Request.Method).ExecuteAsync(http);
        });
        return app;
    }
}
