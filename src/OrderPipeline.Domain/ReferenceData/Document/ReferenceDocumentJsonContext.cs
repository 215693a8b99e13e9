using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>
/// Source-generated JSON of the document's elements: TM Forum camelCase names matched exactly, numbers only as numbers.
/// Fields the pipeline does not use (<c>href</c>, <c>description</c>, <c>validFor</c>, …) are ignored.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ProductOfferingJson))]
[JsonSerializable(typeof(SpecificationJson))]
[JsonSerializable(typeof(SpecCharacteristicJson))]
[JsonSerializable(typeof(CharacteristicValueJson))]
[JsonSerializable(typeof(SpecRelationshipJson))]
[JsonSerializable(typeof(PartyJson))]
[JsonSerializable(typeof(ProductInventoryJson))]
[JsonSerializable(typeof(ServiceInventoryJson))]
internal sealed partial class ReferenceDocumentJsonContext : JsonSerializerContext;
