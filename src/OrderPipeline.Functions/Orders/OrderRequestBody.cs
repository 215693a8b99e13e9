using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Features;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Orders;

/// <summary>Reads a TMF resource from a request body, within the size limit, turning every way it can be wrong into a TMF error.</summary>
internal static class OrderRequestBody
{
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(
        HttpRequest request, JsonTypeInfo<T> typeInfo, IntakeOptions limits, RequestBodyBudget budget, CancellationToken cancellationToken)
        where T : class
    {
        if (!MediaTypes.Is(request.ContentType, MediaTypes.Json))
        {
            return (null, TmfErrors.UnsupportedMediaType(
                request.ContentType, $"one order as {MediaTypes.Json}, or many (async) as {MediaTypes.Ndjson}"));
        }

        var (json, tooLarge) = await ReadBufferedAsync(request, limits.MaxRequestBytes, budget, cancellationToken);
        if (tooLarge is not null)
        {
            return (null, tooLarge);
        }

        var (value, error) = Parse(json.Span, typeInfo, limits.MaxStringBytes);
        return (value, error is null ? null : TmfErrors.ToResult(error));
    }

    /// <summary>
    /// The whole body, or a 413 when it is (or turns out to be) over <paramref name="maxBytes"/>, or a 503 when the instance
    /// holds as many bodies as its budget allows. The body's room in the budget is held until the response is done.
    /// </summary>
    public static async Task<(ReadOnlyMemory<byte> Body, IResult? Error)> ReadBufferedAsync(
        HttpRequest request, long maxBytes, RequestBodyBudget budget, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (ReadOnlyMemory<byte>.Empty, TmfErrors.PayloadTooLarge(maxBytes));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = maxBytes;
        }

        if (await budget.TryReserveAsync(request.ContentLength ?? maxBytes, cancellationToken) is not { } reservation)
        {
            // Read and drop the body, a buffer at a time, so the client gets the 503 rather than a connection cut mid-upload.
            await request.Body.CopyToAsync(Stream.Null, cancellationToken);
            return (ReadOnlyMemory<byte>.Empty, TmfErrors.TooBusy());
        }

        request.HttpContext.Response.RegisterForDispose(reservation);

        // Buffered (within the limit just set) so that its text can be checked (JsonTextChecks) once the body is known to be JSON.
        // Sized from Content-Length when there is one: a stream left to grow doubles its buffer, up to twice the body.
        using var body = new MemoryStream(request.ContentLength is { } length ? (int)length : 0);
        await request.Body.CopyToAsync(body, cancellationToken);
        return (body.GetBuffer().AsMemory(0, (int)body.Length), null);
    }

    /// <summary>One JSON document: the resource, or the TMF error saying what is wrong with it.</summary>
    public static (T? Value, TmfError? Error) Parse<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo, int maxStringBytes)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(json, typeInfo);
            if (value is null)
            {
                return (null, TmfErrors.InvalidBodyError("The body must be a JSON object."));
            }

            var problems = JsonTextChecks.Find(json, maxStringBytes);
            return problems.Count == 0 ? (value, null) : (null, TmfErrors.InvalidBodyError(problems));
        }
        catch (JsonException ex)
        {
            var path = ex.Path is null or "$" ? "" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path[1..];
            var message = path.Length == 0
                ? $"The body must be a JSON object (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine})."
                : $"Malformed JSON or a value of the wrong type at {path} (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).";
            return (null, TmfErrors.InvalidBodyError(message, path));
        }
    }

}
