using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// A <c>modify</c> or <c>delete</c> item names an existing, active product (or service) of the ordering customer;
/// a <c>modify</c> that names a specification names the one the existing product is of. The offering's lifecycle is
/// not checked: what a Retired offering sold can still be changed or disconnected.
/// </summary>
internal static class InventoryRules
{
    public static void Check(CatalogContext context, OrderItemView item, FailureList failures)
    {
        if (!CatalogContext.Known(item.SubjectId)) return;

        var subject = context.Names.Subject;
        var path = context.SubjectIdPath(item);
        var verb = item.Action == OrderItemAction.Delete ? "deleted" : "modified";
        if (context.InventoryItem(item.SubjectId) is not { } existing)
        {
            failures.Add(path, $"{subject} '{item.SubjectId}' does not exist in the {context.InventoryName}; {item.Action} needs the id of an existing {subject}");
            return;
        }

        if (!existing.IsActive)
        {
            failures.Add(path, $"{subject} '{existing.Id}' is {Describe.Status(existing.Status)}; only an active {subject} can be {verb}");
        }

        // The message names only the ordering customer: who else owns the item is not this client's business.
        if (!context.BelongsToCustomer(existing))
        {
            failures.Add(path, $"{subject} '{existing.Id}' does not belong to customer '{context.Order.CustomerId}'; only the ordering customer's own {subject}s can be {verb}");
        }

        if (item.Action == OrderItemAction.Modify
            && CatalogContext.Known(item.SpecificationId)
            && CatalogContext.Known(existing.SpecificationId)
            && !string.Equals(item.SpecificationId, existing.SpecificationId, StringComparison.Ordinal))
        {
            failures.Add(context.SpecificationIdPath(item), $"{context.Names.Specification} '{item.SpecificationId}' is not the specification of {subject} '{existing.Id}', which is '{existing.SpecificationId}'; send '{existing.SpecificationId}' or leave {context.Names.Specification} out");
        }
    }
}
