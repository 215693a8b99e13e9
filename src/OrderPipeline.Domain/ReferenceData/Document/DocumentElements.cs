using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>
/// Reads the document element by element, so that one element of the wrong shape is reported at its path and the rest are
/// still read and checked.
/// </summary>
internal static class DocumentElements
{
    /// <summary>
    /// The objects of the array at <paramref name="path"/>, each read as <typeparamref name="T"/> with its path. An absent or
    /// null array holds none; an element that is not an object, or holds a value of the wrong type, is reported and skipped.
    /// </summary>
    public static List<(T Value, string Path)> Objects<T>(JsonElement array, string path, JsonTypeInfo<T> typeInfo, FailureList failures)
        where T : class
    {
        var objects = new List<(T, string)>();
        if (array.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return objects;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            failures.Add(path, $"must be an array, not {Describe(array.ValueKind)}");
            return objects;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var elementPath = $"{path}[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                failures.Add(elementPath, $"must be an object, not {Describe(element.ValueKind)}");
                continue;
            }

            try
            {
                objects.Add((element.Deserialize(typeInfo)!, elementPath));
            }
            catch (JsonException ex)
            {
                failures.Add(Join(elementPath, ex.Path), "a value of the wrong type");
            }
        }

        return objects;
    }

    /// <summary>The element named <paramref name="name"/> among the properties a DTO did not map, or Undefined.</summary>
    public static JsonElement Named(Dictionary<string, JsonElement>? other, string name) =>
        other is not null && other.TryGetValue(name, out var element) ? element : default;

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    // The serializer's path is relative to the element read: "$.relatedParty[0].id", or "$['@type']" for names that need quoting.
    private static string Join(string elementPath, string? relative)
    {
        var inside = (relative ?? "$")[1..].Replace("['", ".", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal);
        return elementPath + inside;
    }
}
