using System.Text;
using Azure.Core;

namespace OrderPipeline.Storage.Diagnostics;

/// <summary>
/// The entities a successful table request wrote or read, from the request and its (buffered) response:
/// a read counts the entities returned, a transaction its operations' responses, any other entity write one.
/// Requests on tables themselves (create, delete, list) count none.
/// </summary>
internal static class TableEntityCount
{
    // Every entity in a JSON answer carries its ETag (minimal metadata). Inside a string value the quotes would be
    // escaped, so this cannot match text that an entity holds.
    private static readonly byte[] EntityMarker = Encoding.ASCII.GetBytes("\"odata.etag\":");

    // Each operation of a committed transaction answers with its own status line in the multipart response.
    private static readonly byte[] OperationMarker = Encoding.ASCII.GetBytes("\nHTTP/1.1 2");

    public static int Of(HttpMessage message)
    {
        var path = message.Request.Uri.Path;
        var resource = path[(path.LastIndexOf('/') + 1)..];
        if (resource.StartsWith("Tables", StringComparison.Ordinal))
        {
            return 0;
        }

        if (resource == "$batch")
        {
            return Occurrences(message, OperationMarker);
        }

        return message.Request.Method == RequestMethod.Get ? Occurrences(message, EntityMarker) : 1;
    }

    private static int Occurrences(HttpMessage message, byte[] marker)
    {
        if (message.Response.ContentStream is not MemoryStream buffered || !buffered.TryGetBuffer(out var segment))
        {
            return 0;
        }

        var content = segment.AsSpan();
        var count = 0;
        for (var at = content.IndexOf(marker); at >= 0; at = content.IndexOf(marker))
        {
            count++;
            content = content[(at + marker.Length)..];
        }

        return count;
    }
}
