using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// What an <c>add</c> item orders is sellable: a product order's offering exists and is Active and agrees with the
/// specification sent; a service order's specification is given, exists and is Active.
/// </summary>
internal static class SpecificationRules
{
    public static void CheckAdd(CatalogContext context, OrderItemView item, FailureList failures)
    {
        if (context.IsProductOrder) CheckOffering(context, item, failures);
        else CheckServiceSpecification(context, item, failures);
    }

    private static void CheckOffering(CatalogContext context, OrderItemView item, FailureList failures)
    {
        var path = $"{context.ItemPath(item)}.productOffering.id";
        var offering = context.Offering(item);
        if (offering is null)
        {
            if (CatalogContext.Known(item.OfferingId))
            {
                failures.Add(path, $"productOffering '{item.OfferingId}' does not exist in the product catalog");
            }
        }
        else if (!offering.IsActive)
        {
            failures.Add(path, $"productOffering '{offering.Id}' is {Describe.Status(offering.LifecycleStatus)} and cannot be ordered with add; only an Active offering can be added");
        }

        var offered = offering?.ProductSpecificationId;
        var sent = item.SpecificationId;
        if (CatalogContext.Known(sent))
        {
            if (CatalogContext.Known(offered) && !string.Equals(sent, offered, StringComparison.Ordinal))
            {
                failures.Add(context.SpecificationIdPath(item), $"productSpecification '{sent}' is not the specification of productOffering '{item.OfferingId}', which is '{offered}'; send '{offered}' or leave productSpecification out");
            }

            if (context.Specification(sent) is null)
            {
                failures.Add(context.SpecificationIdPath(item), $"productSpecification '{sent}' does not exist in the product catalog");
            }
        }
        else if (CatalogContext.Known(offered) && context.Specification(offered) is null)
        {
            failures.Add(path, $"productOffering '{item.OfferingId}' is of productSpecification '{offered}', which does not exist in the product catalog; the offering cannot be ordered until the catalog is corrected");
        }
    }

    private static void CheckServiceSpecification(CatalogContext context, OrderItemView item, FailureList failures)
    {
        var path = context.SpecificationIdPath(item);
        var specificationId = item.SpecificationId;
        if (!CatalogContext.Known(specificationId))
        {
            failures.Add(path, $"{context.Names.Specification}.id is required for action 'add': it names the {context.Names.Subject} to create");
        }
        else if (context.Specification(specificationId) is not { } specification)
        {
            failures.Add(path, $"{context.Names.Specification} '{specificationId}' does not exist in the {context.CatalogName}");
        }
        else if (!CatalogContext.IsActiveLifecycle(specification.LifecycleStatus))
        {
            failures.Add(path, $"{context.Names.Specification} '{specificationId}' is {Describe.Status(specification.LifecycleStatus)} and cannot be ordered with add; only an Active specification can be added");
        }
    }
}
