using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// An <c>add</c> item whose specification depends on another specification (<c>requires</c>, <c>reliesOn</c>,
/// <c>dependsOn</c>) comes with it: related to an item of the order of that specification, or to an active product
/// (or service) of it that the customer already has. An item the same order deletes satisfies nothing.
/// </summary>
internal static class RequiredRelationshipRules
{
    private static readonly string[] DependencyTypes = ["requires", "reliesOn", "dependsOn"];

    public static void Check(CatalogContext context, OrderItemView item, FailureList failures)
    {
        if (context.EffectiveSpecification(item) is not { } specification) return;

        var dependencies = specification.Relationships
            .Where(relationship => CatalogContext.Known(relationship.SpecificationId) && IsDependency(relationship.RelationshipType))
            .DistinctBy(relationship => relationship.SpecificationId);
        foreach (var dependency in dependencies)
        {
            if (RelatesToItemOf(context, item, dependency.SpecificationId) || RelatesToExistingOf(context, item, dependency.SpecificationId)) continue;

            var names = context.Names;
            failures.Add(context.ItemPath(item), $"{names.Specification} '{specification.Id}' {dependency.RelationshipType} {names.Specification} '{dependency.SpecificationId}', and this item is related to none: "
                + $"relate it in {names.ItemRelationships} to an item of this order of {names.Specification} '{dependency.SpecificationId}', "
                + $"or in {names.Subject}.{names.SubjectRelationships} to an active {names.Subject} of that specification the customer already has");
        }
    }

    private static bool IsDependency(string? relationshipType) =>
        relationshipType is not null && DependencyTypes.Contains(relationshipType, StringComparer.OrdinalIgnoreCase);

    private static bool RelatesToItemOf(CatalogContext context, OrderItemView item, string specificationId) =>
        item.ItemRelationships.Any(relationship => context.ItemById(relationship.ItemId) is { Action: not OrderItemAction.Delete } other
            && string.Equals(context.EffectiveSpecificationId(other), specificationId, StringComparison.Ordinal));

    private static bool RelatesToExistingOf(CatalogContext context, OrderItemView item, string specificationId) =>
        item.SubjectRelationships.Any(relationship => context.InventoryItem(relationship.SubjectId) is InventoryItem existing
            && existing.IsActive
            && context.BelongsToCustomer(existing)
            && string.Equals(existing.SpecificationId, specificationId, StringComparison.Ordinal));
}
