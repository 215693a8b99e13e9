using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// The business rules that need the catalog: the ordering customer, offerings and specifications, characteristics,
/// existing products or services, and specification relationships. Assumes a well-formed order; reports every failure,
/// customer first, then the items in order. Reads the catalog at most twice per order.
/// </summary>
public sealed class CatalogValidation(IReferenceCatalog catalog)
{
    public async Task<IReadOnlyList<ValidationFailure>> CheckAsync(OrderView order, CancellationToken cancellationToken)
    {
        var snapshot = await ReadAsync(order, cancellationToken);
        var context = new CatalogContext(order, snapshot);
        var failures = new FailureList();
        CustomerRules.Check(context, failures);
        foreach (var item in order.Items.OrderBy(item => item.Index))
        {
            CheckItem(context, item, failures);
        }

        return failures.Items;
    }

    private static void CheckItem(CatalogContext context, OrderItemView item, FailureList failures)
    {
        // noChange only informs: the item changes nothing, so there is nothing for the catalog to allow or refuse.
        if (item.Action is not (OrderItemAction.Add or OrderItemAction.Modify or OrderItemAction.Delete)) return;
        if (item.Action is OrderItemAction.Add) SpecificationRules.CheckAdd(context, item, failures);
        else InventoryRules.Check(context, item, failures);

        if (item.Action is not OrderItemAction.Delete)
        {
            CharacteristicRules.Check(context, item, requireMandatory: item.Action is OrderItemAction.Add, failures);
        }

        if (item.Action is OrderItemAction.Add) RequiredRelationshipRules.Check(context, item, failures);
        ItemRelationshipRules.Check(context, item, failures);
        SubjectRelationshipRules.Check(context, item, failures);
    }

    private async Task<ReferenceSnapshot> ReadAsync(OrderView order, CancellationToken cancellationToken)
    {
        var first = CatalogQueries.First(order);
        var snapshot = first.IsEmpty ? ReferenceSnapshot.Empty : await catalog.ReadAsync(first, cancellationToken);
        var followUp = CatalogQueries.FollowUp(order, first, snapshot);
        if (followUp.IsEmpty) return snapshot;

        var implied = await catalog.ReadAsync(followUp, cancellationToken);
        return ReferenceSnapshots.Merge(snapshot, implied);
    }
}
