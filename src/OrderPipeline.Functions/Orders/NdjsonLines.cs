namespace OrderPipeline.Functions.Orders;

/// <summary>Splits an <c>application/x-ndjson</c> body into its non-empty lines, each with its 1-based line number.</summary>
internal static class NdjsonLines
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static IReadOnlyList<(int Number, ReadOnlyMemory<byte> Json)> Split(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        var lines = new List<(int, ReadOnlyMemory<byte>)>();
        for (var number = 1; !body.IsEmpty; number++)
        {
            var end = body.Span.IndexOf((byte)'\n');
            var line = end < 0 ? body : body[..end];
            body = end < 0 ? ReadOnlyMemory<byte>.Empty : body[(end + 1)..];
            if (!line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                lines.Add((number, line));
            }
        }

        return lines;
    }
}
