using System.Globalization;

namespace OrderPipeline.Functions.Errors;

/// <summary>An answer with a <c>Retry-After</c> header (in seconds), for a 503 the client should repeat later.</summary>
internal sealed class RetryAfterResult(IResult inner, int seconds) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}
