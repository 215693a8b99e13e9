using System.Text;
using Azure.Core;

namespace OrderPipeline.Storage.Diagnostics;

/// <summary>
/// How many entity operations a Table service request carried: one for a single-entity request (a point read, insert,
/// update, upsert or delete), one per operation answered in an entity-group transaction (<c>$batch</c>), none for a
/// query or a request about tables themselves.
/// </summary>
internal static class EntityOperations
{
    private static readonly byte[] PartStatusLine = Encoding.ASCII.GetBytes("HTTP/1.1 ");

    public static int Of(HttpMessage message)
    {
        var path = message.Request.Uri.Path;
        if (path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            // The response holds one HTTP status line per operation (only the failing one when the transaction fails).
            return message.HasResponse ? Occurrences(message.Response.Content.ToMemory().Span, PartStatusLine) : 0;
        }

        var table = path[(path.LastIndexOf('/') + 1)..];
        var isEntity = table.Contains("PartitionKey=", StringComparison.Ordinal)
            || (message.Request.Method == RequestMethod.Post && !table.StartsWith("Tables", StringComparison.Ordinal));
        return isEntity ? 1 : 0;
    }

    private static int Occurrences(ReadOnlySpan<byte> text, ReadOnlySpan<byte> pattern)
    {
        var count = 0;
        for (var at = text.IndexOf(pattern); at >= 0; at = text.IndexOf(pattern))
        {
            count++;
            text = text[(at + pattern.Length)..];
        }

        return count;
    }
}
