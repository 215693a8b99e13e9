using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.ReferenceData;

/// <summary>
/// Source-generated JSON of the normalized reference-data records, as they are stored. Derived properties
/// (<c>IsActive</c>) are left out.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(ProductOffering))]
[JsonSerializable(typeof(Specification))]
[JsonSerializable(typeof(Party))]
[JsonSerializable(typeof(InventoryItem))]
public sealed partial class ReferenceRecordJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The longest a record's JSON may be, in characters. A larger record is refused when its document is checked;
    /// storage keeps records this long in one table entity.
    /// </summary>
    public const int MaxRecordLength = 300_000;

    /// <summary>The record's JSON, whatever its kind.</summary>
    public static string Serialize(object record) => record switch
    {
        ProductOffering offering => JsonSerializer.Serialize(offering, Default.ProductOffering),
        Specification specification => JsonSerializer.Serialize(specification, Default.Specification),
        Party party => JsonSerializer.Serialize(party, Default.Party),
        InventoryItem item => JsonSerializer.Serialize(item, Default.InventoryItem),
        _ => throw new ArgumentException($"{record.GetType().Name} is no reference-data record.", nameof(record)),
    };

    /// <summary>The record of <paramref name="kind"/> that <paramref name="json"/> holds.</summary>
    public static object Deserialize(ReferenceKind kind, string json) => kind switch
    {
        ReferenceKind.ProductOffering => JsonSerializer.Deserialize(json, Default.ProductOffering),
        ReferenceKind.ProductSpecification or ReferenceKind.ServiceSpecification => JsonSerializer.Deserialize(json, Default.Specification),
        ReferenceKind.Party => JsonSerializer.Deserialize(json, Default.Party),
        _ => (object?)JsonSerializer.Deserialize(json, Default.InventoryItem),
    } ?? throw new JsonException($"A stored {kind.DocumentName()} record is null.");
}
