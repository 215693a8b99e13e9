using System.Text.Json;

namespace OrderPipeline.Domain.ReferenceData;

/// <summary>
/// A characteristic a specification declares. <see cref="ValueType"/> is <c>string</c>, <c>integer</c>, <c>number</c>
/// or <c>boolean</c>; <see cref="AllowedValues"/> is empty when any value of the type is allowed.
/// </summary>
public sealed record SpecCharacteristic(
    string Name,
    string ValueType,
    int MinCardinality,
    int? MaxCardinality,
    IReadOnlyList<JsonElement> AllowedValues);
