using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace OrderPipeline.Domain.Validation;

/// <summary>
/// One pass over a JSON document for what reading it into records would hide, each found with its JSON path: a string
/// (value or property name) longer than a limit; a string holding a control character, which, stored, no filter could
/// find again; a property name given twice in one object, of which a reader keeps one without a word.
/// </summary>
public static class JsonTextChecks
{
    private const int MaxReported = 20;

    // Unicode's Cc category, as char.IsControl has it: the C0 controls, DEL and the C1 controls.
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(code => (char)code).Where(char.IsControl)]);

    /// <param name="json">A well-formed JSON document (already read once, so the reader cannot fail here).</param>
    /// <param name="maxStringBytes">
    /// The longest string, in bytes as sent, escapes included, so that measuring needs no decoding.
    /// </param>
    public static IReadOnlyList<ValidationFailure> Find(ReadOnlySpan<byte> json, int maxStringBytes = int.MaxValue)
    {
        var failures = new List<ValidationFailure>();
        var path = new JsonPathStack();
        var reader = new Utf8JsonReader(json);
        while (failures.Count < MaxReported && reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    CheckPropertyName(ref reader, path, maxStringBytes, failures);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    path.NextElement();
                    path.Push(isArray: reader.TokenType == JsonTokenType.StartArray);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.Pop();
                    break;
                case JsonTokenType.String:
                    path.NextElement();
                    if (reader.ValueSpan.Length > maxStringBytes)
                    {
                        failures.Add(new(path.Current(), $"the string is longer than the limit of {maxStringBytes} bytes"));
                    }
                    else if (!IsPrintableAscii(ref reader) && Decode(ref reader).Problem is { } problem)
                    {
                        failures.Add(new(path.Current(), $"the string {problem}, which no field takes"));
                    }

                    break;
                default:
                    path.NextElement();
                    break;
            }
        }

        return failures;
    }

    private static void CheckPropertyName(ref Utf8JsonReader reader, JsonPathStack path, int maxStringBytes, List<ValidationFailure> failures)
    {
        if (reader.ValueSpan.Length > maxStringBytes)
        {
            failures.Add(new(path.OfObject(), $"a property name here is longer than {maxStringBytes} bytes"));
            path.Name("(name too long)");
            return;
        }

        var (name, problem) = Decode(ref reader);
        if (name is null)
        {
            failures.Add(new(path.OfObject(), $"a property name here {problem}"));
            path.Name("(name not taken)");
        }
        else if (!path.Name(name))
        {
            failures.Add(new(path.Current(), "the property is given more than once in this object (names differing only in case count as one)"));
        }
    }

    // Printable ASCII without escapes, nearly every string, is settled on the bytes; anything else is decoded, since an
    // escape (\u0000, \n) or a multi-byte sequence (U+0085) can stand for a control character.
    private static bool IsPrintableAscii(ref Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && reader.ValueSpan.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0;

    /// <summary>The current string, or why it is not text to take: a control character (Unicode Cc), or no text at all.</summary>
    private static (string? Text, string? Problem) Decode(ref Utf8JsonReader reader)
    {
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // A parser that checks only the syntax (JsonDocument) lets these through; reading them into records would fail.
            return (null, "is not text: it holds bytes that are not UTF-8, or an escaped lone surrogate");
        }

        var index = text.AsSpan().IndexOfAny(ControlCharacters);
        return index < 0 ? (text, null) : (null, $"holds the control character {Describe(text[index])}");
    }

    private static string Describe(char control) => "U+" + ((int)control).ToString("X4", CultureInfo.InvariantCulture);
}
