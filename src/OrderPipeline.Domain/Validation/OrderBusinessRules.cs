using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation;

/// <summary>
/// The business checks that need no reference data; with <see cref="Catalog.CatalogValidation"/> they are what an
/// admin switches off per order type and intake mode. They assume a well-formed order.
/// </summary>
internal static class OrderBusinessRules
{
    public static IReadOnlyList<ValidationFailure> Check(OrderView order, string? requestedStartDate, string? requestedCompletionDate)
    {
        var failures = new FailureList();
        if (order.CustomerPath is null)
        {
            failures.Add("relatedParty", "relatedParty must name the customer: a party whose @referredType or role is Customer or Consumer");
        }

        if (TmfDate.TryParse(requestedStartDate, out var start)
            && TmfDate.TryParse(requestedCompletionDate, out var completion)
            && completion < start)
        {
            failures.Add("requestedCompletionDate", "requestedCompletionDate is before requestedStartDate");
        }

        foreach (var item in order.Items)
        {
            CheckItem(order, item, failures);
        }

        return failures.Items;
    }

    private static void CheckItem(OrderView order, OrderItemView item, FailureList failures)
    {
        var path = order.ItemPath(item);
        var subject = order.Names.Subject;
        // ServiceNow asks every product line for its offering; a service has none.
        var needsOffering = order.Names.OrderType == OrderType.Product && item.Action is OrderItemAction.Add or OrderItemAction.Modify;
        if (needsOffering && string.IsNullOrWhiteSpace(item.OfferingId))
        {
            failures.Add($"{path}.productOffering.id", $"productOffering.id is required for action '{item.Action}'");
        }

        var needsExisting = item.Action is OrderItemAction.Modify or OrderItemAction.Delete;
        if (needsExisting && string.IsNullOrWhiteSpace(item.SubjectId))
        {
            failures.Add($"{path}.{subject}.id", $"{subject}.id (the existing {subject}) is required for action '{item.Action}'");
        }

        if (item.Quantity is < 1)
        {
            failures.Add($"{path}.quantity", $"quantity must be at least 1, not {item.Quantity}");
        }
    }
}
