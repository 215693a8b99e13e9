using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// Every link between two items of the order is one the item's specification declares: a declared
/// <c>relationshipType</c> (case ignored) towards an item of the declared target specification.
/// </summary>
internal static class ItemRelationshipRules
{
    public static void Check(CatalogContext context, OrderItemView item, FailureList failures)
    {
        if (context.EffectiveSpecification(item) is not { } specification) return;

        var spec = Describe.Specification(context, specification);
        for (var j = 0; j < item.ItemRelationships.Count; j++)
        {
            var relationship = item.ItemRelationships[j];
            if (!CatalogContext.Known(relationship.RelationshipType)) continue;

            var path = $"{context.ItemPath(item)}.{context.Names.ItemRelationships}[{j}]";
            var declared = specification.Relationships
                .Where(candidate => string.Equals(candidate.RelationshipType, relationship.RelationshipType, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (declared.Count == 0)
            {
                failures.Add($"{path}.relationshipType", $"relationshipType '{relationship.RelationshipType}' is not declared by {spec}, {Declared(specification.Relationships)}");
                continue;
            }

            if (context.ItemById(relationship.ItemId) is not { } target || context.EffectiveSpecificationId(target) is not { } targetSpecificationId) continue;
            if (declared.Any(candidate => string.Equals(candidate.SpecificationId, targetSpecificationId, StringComparison.Ordinal))) continue;

            failures.Add($"{path}.{relationship.ItemIdPath}", $"item '{relationship.ItemId}' is of {context.Names.Specification} '{targetSpecificationId}', but {spec} declares {relationship.RelationshipType} only towards {Describe.List(declared.Select(candidate => $"'{candidate.SpecificationId}'"))}; relate to an item of that specification");
        }
    }

    private static string Declared(IReadOnlyList<SpecRelationship> relationships) => relationships.Count == 0
        ? "which declares no relationships"
        : $"which declares: {Describe.List(relationships.Select(relationship => $"{relationship.RelationshipType} '{relationship.SpecificationId}'"))}";
}
