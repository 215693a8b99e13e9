using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// What an order needs from the catalog, in two reads at most: first everything the order names itself, then the
/// specifications that only the first read reveals (an offering's, an existing product's or service's).
/// </summary>
internal static class CatalogQueries
{
    public static ReferenceQuery First(OrderView order)
    {
        var query = new ReferenceQuery().Add(ReferenceKind.Party, order.CustomerId);
        var inventoryKind = InventoryKind(order.Names);
        foreach (var item in order.Items)
        {
            if (order.Names.OrderType == OrderType.Product && item.Action is OrderItemAction.Add or OrderItemAction.NoChange)
            {
                query.Add(ReferenceKind.ProductOffering, item.OfferingId);
            }

            if (item.Action is OrderItemAction.Add) query.Add(SpecificationKind(order.Names), item.SpecificationId);
            if (item.Action is not OrderItemAction.Add) query.Add(inventoryKind, item.SubjectId);
            if (item.Action is OrderItemAction.NoChange) continue;
            foreach (var relationship in item.SubjectRelationships) query.Add(inventoryKind, relationship.SubjectId);
        }

        return query;
    }

    /// <summary>The specifications the rules need that the first query did not ask for; empty when there are none.</summary>
    public static ReferenceQuery FollowUp(OrderView order, ReferenceQuery first, ReferenceSnapshot firstAnswer)
    {
        var context = new CatalogContext(order, firstAnswer);
        var kind = SpecificationKind(order.Names);
        var asked = first.Ids.GetValueOrDefault(kind);
        var query = new ReferenceQuery();
        foreach (var item in order.Items)
        {
            if (item.Action is OrderItemAction.NoChange) continue;
            var specificationId = context.EffectiveSpecificationId(item);
            if (CatalogContext.Known(specificationId) && asked?.Contains(specificationId) != true) query.Add(kind, specificationId);
        }

        return query;
    }

    private static ReferenceKind SpecificationKind(OrderVocabulary names) =>
        names.OrderType == OrderType.Product ? ReferenceKind.ProductSpecification : ReferenceKind.ServiceSpecification;

    private static ReferenceKind InventoryKind(OrderVocabulary names) =>
        names.OrderType == OrderType.Product ? ReferenceKind.Product : ReferenceKind.Service;
}
