using System.Text.Json;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>The value types a specification characteristic may declare, and which JSON values are of each.</summary>
internal static class SpecValueTypes
{
    private static readonly string[] Names = ["string", "integer", "number", "boolean"];

    public static string AllowedValues { get; } = string.Join(", ", Names);

    /// <summary>The value type in its normal (lowercase) spelling, or null when it is none of them.</summary>
    public static string? Normalize(string? valueType) =>
        Names.FirstOrDefault(name => string.Equals(name, valueType, StringComparison.OrdinalIgnoreCase));

    public static bool IsOfType(JsonElement value, string valueType) => valueType switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => false,
    };
}
