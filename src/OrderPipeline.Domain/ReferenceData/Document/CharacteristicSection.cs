using System.Text.Json;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>The characteristics a specification declares: a name unique in it, a known value type, sane cardinalities, allowed values of that type.</summary>
internal static class CharacteristicSection
{
    public static List<SpecCharacteristic> Read(JsonElement array, string path, SpecificationVocabulary words, FailureList failures)
    {
        var pathByName = new Dictionary<string, string>(StringComparer.Ordinal);
        var characteristics = new List<SpecCharacteristic>();
        foreach (var (characteristic, itemPath) in DocumentElements.Objects(array, path, ReferenceDocumentJsonContext.Default.SpecCharacteristicJson, failures))
        {
            if (string.IsNullOrWhiteSpace(characteristic.Name))
            {
                failures.Add($"{itemPath}.name", "name is required");
            }
            else if (!pathByName.TryAdd(characteristic.Name, itemPath))
            {
                failures.Add($"{itemPath}.name", $"name '{characteristic.Name}' is already used by {pathByName[characteristic.Name]}");
            }

            var valueType = SpecValueTypes.Normalize(characteristic.ValueType);
            if (valueType is null)
            {
                failures.Add($"{itemPath}.valueType", characteristic.ValueType is null
                    ? $"valueType is required: one of {SpecValueTypes.AllowedValues}"
                    : $"valueType '{characteristic.ValueType}' is not one of {SpecValueTypes.AllowedValues}");
            }

            var (min, max) = (characteristic.MinCardinality ?? 0, characteristic.MaxCardinality);
            if (min < 0)
            {
                failures.Add($"{itemPath}.minCardinality", $"minCardinality must be 0 or more, not {min}");
            }

            if (max < Math.Max(min, 0))
            {
                failures.Add($"{itemPath}.maxCardinality", $"maxCardinality {max} is less than minCardinality {Math.Max(min, 0)}");
            }

            var allowed = ReadAllowedValues(characteristic, itemPath, valueType, words, failures);
            characteristics.Add(new SpecCharacteristic(characteristic.Name ?? "", valueType ?? "", min, max, allowed));
        }

        return characteristics;
    }

    private static List<JsonElement> ReadAllowedValues(
        SpecCharacteristicJson characteristic, string characteristicPath, string? valueType, SpecificationVocabulary words, FailureList failures)
    {
        if (characteristic.Other?.ContainsKey(words.Other.AllowedValues) == true)
        {
            failures.Add($"{characteristicPath}.{words.Other.AllowedValues}",
                $"{words.Other.AllowedValues} belongs to a {words.Other.Name}; a {words.Name} lists allowed values in {words.AllowedValues}");
        }

        var allowed = new List<JsonElement>();
        var array = DocumentElements.Named(characteristic.Other, words.AllowedValues);
        var path = $"{characteristicPath}.{words.AllowedValues}";
        foreach (var (entry, entryPath) in DocumentElements.Objects(array, path, ReferenceDocumentJsonContext.Default.CharacteristicValueJson, failures))
        {
            if (entry.Value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            {
                failures.Add($"{entryPath}.value", "value is required");
            }
            else if (valueType is not null && !SpecValueTypes.IsOfType(entry.Value, valueType))
            {
                failures.Add($"{entryPath}.value", $"{entry.Value.GetRawText()} is not of the characteristic's valueType {valueType}");
            }
            else
            {
                allowed.Add(entry.Value.Clone());
            }
        }

        return allowed;
    }
}
