using System.Text.Json;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>
/// The document's <c>productSpecification</c> and <c>serviceSpecification</c> arrays: one reading for both, with the names
/// of <see cref="SpecificationVocabulary"/>.
/// </summary>
internal static class SpecificationSection
{
    public static List<Specification> Read(JsonElement array, SpecificationVocabulary words, FailureList failures) =>
        RecordSection.Read(array, words.Kind, ReferenceDocumentJsonContext.Default.SpecificationJson, failures, (specification, path) =>
        {
            foreach (var misnamed in new[] { words.Other.Characteristics, words.Other.Relationships }.Where(specification.Other.HasName))
            {
                failures.Add($"{path}.{misnamed}", $"{misnamed} belongs to a {words.Other.Name}; a {words.Name} names it {Counterpart(misnamed, words)}");
            }

            return new Specification(
                specification.Id ?? "",
                specification.Name,
                specification.Version,
                specification.LifecycleStatus,
                CharacteristicSection.Read(DocumentElements.Named(specification.Other, words.Characteristics), $"{path}.{words.Characteristics}", words, failures),
                ReadRelationships(specification, $"{path}.{words.Relationships}", words, failures));
        });

    private static List<SpecRelationship> ReadRelationships(SpecificationJson specification, string path, SpecificationVocabulary words, FailureList failures)
    {
        var relationships = new List<SpecRelationship>();
        var array = DocumentElements.Named(specification.Other, words.Relationships);
        foreach (var (relationship, relationshipPath) in DocumentElements.Objects(array, path, ReferenceDocumentJsonContext.Default.SpecRelationshipJson, failures))
        {
            if (string.IsNullOrWhiteSpace(relationship.Id))
            {
                failures.Add($"{relationshipPath}.id", $"id (the related {words.Name}'s id) is required");
            }
            else if (relationship.Id == specification.Id)
            {
                failures.Add($"{relationshipPath}.id", $"a {words.Name} cannot relate to itself");
            }

            if (string.IsNullOrWhiteSpace(relationship.RelationshipType))
            {
                failures.Add($"{relationshipPath}.relationshipType", "relationshipType is required, such as requires or reliesOn");
            }

            relationships.Add(new SpecRelationship(relationship.Id ?? "", relationship.RelationshipType ?? ""));
        }

        return relationships;
    }

    private static bool HasName(this Dictionary<string, JsonElement>? other, string name) => other?.ContainsKey(name) == true;

    private static string Counterpart(string otherName, SpecificationVocabulary words) =>
        otherName == words.Other.Characteristics ? words.Characteristics : words.Relationships;
}
