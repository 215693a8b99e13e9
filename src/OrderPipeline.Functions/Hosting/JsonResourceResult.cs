using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OrderPipeline.Functions.Hosting;

/// <summary>A JSON answer written with a source-generated type, with the headers TMF asks for (Location, X-Total-Count, …).</summary>
internal sealed class JsonResourceResult<T>(T value, JsonTypeInfo<T> typeInfo, int statusCode, IReadOnlyDictionary<string, string>? headers = null)
    : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        foreach (var (name, headerValue) in headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = headerValue;
        }

        await JsonSerializer.SerializeAsync(response.Body, value, typeInfo, httpContext.RequestAborted);
    }
}

internal static class JsonResourceResult
{
    public static JsonResourceResult<T> Ok<T>(T value, JsonTypeInfo<T> typeInfo, IReadOnlyDictionary<string, string>? headers = null) =>
        new(value, typeInfo, StatusCodes.Status200OK, headers);

    public static JsonResourceResult<T> WithLocation<T>(int statusCode, string location, T value, JsonTypeInfo<T> typeInfo) =>
        new(value, typeInfo, statusCode, new Dictionary<string, string> { ["Location"] = location });
}
