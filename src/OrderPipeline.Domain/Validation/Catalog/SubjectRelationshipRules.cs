using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>A product (or service) an item relates to by id exists in inventory.</summary>
internal static class SubjectRelationshipRules
{
    public static void Check(CatalogContext context, OrderItemView item, FailureList failures)
    {
        var names = context.Names;
        for (var k = 0; k < item.SubjectRelationships.Count; k++)
        {
            var targetId = item.SubjectRelationships[k].SubjectId;
            if (!CatalogContext.Known(targetId) || context.InventoryItem(targetId) is not null) continue;

            failures.Add(
                $"{context.SubjectPath(item)}.{names.SubjectRelationships}[{k}].{names.Subject}.id",
                $"{names.Subject} '{targetId}' does not exist in the {context.InventoryName}; {names.SubjectRelationships} must name an existing {names.Subject}");
        }
    }
}
