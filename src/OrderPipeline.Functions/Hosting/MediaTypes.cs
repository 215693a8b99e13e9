using Microsoft.Net.Http.Headers;

namespace OrderPipeline.Functions.Hosting;

/// <summary>
/// The media types a request body may have: <c>application/json</c>, and <c>application/x-ndjson</c> for bulk intake.
/// The type is compared ignoring case (RFC 9110 §8.3.1) and may carry parameters, but every <c>charset</c> given must be
/// <c>utf-8</c>: JSON between systems is UTF-8 (RFC 8259 §8.1), and the body is read as nothing else. A type that only
/// starts like one of these, or another JSON-based type (<c>+json</c>, <c>json-seq</c>), means something else and is refused.
/// </summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string Ndjson = "application/x-ndjson";

    public static bool Is(string? contentType, string mediaType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)
        && parsed.Parameters.All(parameter =>
            !parameter.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(parameter.Value).Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
