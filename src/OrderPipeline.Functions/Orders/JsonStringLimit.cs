using System.Text.Json;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Functions.Orders;

/// <summary>
/// Finds the strings of a JSON document (values and property names) longer than a limit, each with its JSON path.
/// Lengths are in bytes as sent, escapes included, so the check needs no decoding.
/// </summary>
internal static class JsonStringLimit
{
    private const int MaxReported = 20;

    /// <param name="json">A well-formed JSON document (already read once, so the reader cannot fail here).</param>
    public static IReadOnlyList<ValidationFailure> Check(ReadOnlySpan<byte> json, int maxBytes)
    {
        var failures = new List<ValidationFailure>();
        var levels = new List<Level>();
        var reader = new Utf8JsonReader(json);
        while (failures.Count < MaxReported && reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.ValueSpan.Length > maxBytes:
                    failures.Add(new(PathOf(levels, levels.Count - 1), $"a property name here is longer than {maxBytes} bytes"));
                    levels[^1].Name = "(name too long)";
                    break;
                case JsonTokenType.PropertyName:
                    levels[^1].Name = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    NextElement(levels);
                    levels.Add(new Level { IsArray = reader.TokenType == JsonTokenType.StartArray });
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    levels.RemoveAt(levels.Count - 1);
                    break;
                case JsonTokenType.String when reader.ValueSpan.Length > maxBytes:
                    NextElement(levels);
                    failures.Add(new(PathOf(levels, levels.Count), $"the string is longer than the limit of {maxBytes} bytes"));
                    break;
                default:
                    NextElement(levels);
                    break;
            }
        }

        return failures;
    }

    private static void NextElement(List<Level> levels)
    {
        if (levels.Count > 0 && levels[^1].IsArray) levels[^1].Index++;
    }

    /// <summary>The path of the current element of the first <paramref name="depth"/> levels: <c>productOrderItem[0].description</c>.</summary>
    private static string PathOf(List<Level> levels, int depth)
    {
        var path = new System.Text.StringBuilder();
        foreach (var level in levels.Take(depth))
        {
            if (level.IsArray) path.Append('[').Append(level.Index).Append(']');
            else path.Append(path.Length == 0 ? "" : ".").Append(level.Name);
        }

        return path.ToString();
    }

    private sealed class Level
    {
        public bool IsArray { get; init; }
        public int Index { get; set; } = -1;
        public string? Name { get; set; }
    }
}
