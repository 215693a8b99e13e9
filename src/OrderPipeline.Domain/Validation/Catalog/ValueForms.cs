using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// The forms a characteristic value may take for each declared type: the JSON type itself, or the same value written
/// as a JSON string in the JSON number grammar (integer: <c>1</c> or <c>"1"</c>, not <c>1.5</c> nor <c>"1.0"</c>;
/// a JSON number with no fraction, such as <c>1.0</c> or <c>1e3</c>, counts as whole). Booleans are <c>true</c>,
/// <c>false</c> or exactly <c>"true"</c>, <c>"false"</c>. A string is a JSON string only.
/// </summary>
internal static partial class ValueForms
{
    public const string String = "string";
    public const string Integer = "integer";
    public const string Number = "number";
    public const string Boolean = "boolean";

    /// <summary>The declared type in lower case when it is one of the four this checks; otherwise null.</summary>
    public static string? Known(string? declaredType) => declaredType?.ToLowerInvariant() switch
    {
        String => String,
        Integer => Integer,
        Number => Number,
        Boolean => Boolean,
        _ => null,
    };

    public static bool HasType(string knownType, JsonElement value) => knownType switch
    {
        String => value.ValueKind == JsonValueKind.String,
        Integer => IsInteger(value),
        Number => value.ValueKind == JsonValueKind.Number || TryNumber(value, out _),
        _ => TryBoolean(value, out _),
    };

    /// <summary>Whether a sent value equals an allowed one: numbers by value, booleans by value, strings ordinally.</summary>
    public static bool AreEqual(string knownType, JsonElement sent, JsonElement allowed) => knownType switch
    {
        String => string.Equals(sent.GetString(), Describe.Listed(allowed), StringComparison.Ordinal),
        Integer or Number => TryNumber(sent, out var a) && TryNumber(allowed, out var b) && a == b,
        _ => TryBoolean(sent, out var x) && TryBoolean(allowed, out var y) && x == y,
    };

    public static string Article(string knownType) => knownType == Integer ? "an integer" : $"a {knownType}";

    public static string Example(string knownType) => knownType switch
    {
        String => "text in quotes, such as \"abc\"",
        Integer => "a whole number, such as 42 or \"42\"",
        Number => "a number, such as 4.5 or \"4.5\"",
        _ => "true or false (or \"true\", \"false\")",
    };

    private static bool IsInteger(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetDouble(out var number) && double.IsFinite(number) && Math.Floor(number) == number,
        JsonValueKind.String => TryParse(value.GetString(), IntegerText(), out _),
        _ => false,
    };

    private static bool TryNumber(JsonElement value, out double number) =>
        value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out number),
            JsonValueKind.String => TryParse(value.GetString(), NumberText(), out number),
            _ => Fail(out number),
        };

    private static bool TryBoolean(JsonElement value, out bool boolean)
    {
        boolean = value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && value.ValueEquals("true"));
        return boolean || value.ValueKind == JsonValueKind.False || (value.ValueKind == JsonValueKind.String && value.ValueEquals("false"));
    }

    private static bool TryParse(string? text, Regex form, out double number)
    {
        number = 0;
        return text is not null && form.IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static bool Fail(out double number)
    {
        number = 0;
        return false;
    }

    [GeneratedRegex(@"\A-?(0|[1-9][0-9]*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"\A-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumberText();
}
