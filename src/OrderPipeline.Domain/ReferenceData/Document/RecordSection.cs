using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>
/// Reads one top-level array of records: each an object with a storable id, unique within the kind, mapped to its
/// domain record, whose stored form fits in the room storage keeps for one.
/// </summary>
internal static class RecordSection
{
    /// <param name="map">Checks an element beyond its id, reporting at paths under the one given, and maps it.</param>
    public static List<TRecord> Read<TJson, TRecord>(
        JsonElement array, ReferenceKind kind, JsonTypeInfo<TJson> typeInfo, FailureList failures, Func<TJson, string, TRecord> map)
        where TJson : class, IDocumentRecord
        where TRecord : class
    {
        var name = kind.DocumentName();
        var pathById = new Dictionary<string, string>(StringComparer.Ordinal);
        var records = new List<TRecord>();
        foreach (var (element, path) in DocumentElements.Objects(array, name, typeInfo, failures))
        {
            if (ReferenceId.Problem(element.Id) is { } problem)
            {
                failures.Add($"{path}.id", problem);
            }
            else if (!pathById.TryAdd(element.Id!, path))
            {
                failures.Add($"{path}.id", $"id '{element.Id}' is already used by {pathById[element.Id!]}");
            }

            var record = map(element, path);
            if (ReferenceRecordJsonContext.Serialize(record).Length > ReferenceRecordJsonContext.MaxRecordLength)
            {
                failures.Add(path, $"the {name} is too large to keep: more than {ReferenceRecordJsonContext.MaxRecordLength} characters as normalized JSON");
            }

            records.Add(record);
        }

        return records;
    }
}
