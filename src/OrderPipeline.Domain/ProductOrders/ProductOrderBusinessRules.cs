using OrderPipeline.Domain.Tmf;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>The business checks an admin can switch off per intake mode. They assume a well-formed order.</summary>
internal static class ProductOrderBusinessRules
{
    public static IReadOnlyList<ValidationFailure> Check(ProductOrder order)
    {
        var failures = new FailureList();
        if (order.RelatedParty?.Any(party => party is { IsCustomer: true }) != true)
        {
            failures.Add("relatedParty", "relatedParty must name the customer: a party whose @referredType or role is Customer or Consumer");
        }

        if (TmfDate.TryParse(order.RequestedStartDate, out var start)
            && TmfDate.TryParse(order.RequestedCompletionDate, out var completion)
            && completion < start)
        {
            failures.Add("requestedCompletionDate", "requestedCompletionDate is before requestedStartDate");
        }

        var items = order.ProductOrderItem ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item) CheckItem(item, $"productOrderItem[{i}]", failures);
        }

        return failures.Items;
    }

    private static void CheckItem(ProductOrderItem item, string path, FailureList failures)
    {
        var needsOffering = item.Action is OrderItemAction.Add or OrderItemAction.Modify;
        if (needsOffering && string.IsNullOrWhiteSpace(item.ProductOffering?.Id))
        {
            failures.Add($"{path}.productOffering.id", $"productOffering.id is required for action '{item.Action}'");
        }

        var needsExistingProduct = item.Action is OrderItemAction.Modify or OrderItemAction.Delete;
        if (needsExistingProduct && string.IsNullOrWhiteSpace(item.Product?.Id))
        {
            failures.Add($"{path}.product.id", $"product.id (the existing product) is required for action '{item.Action}'");
        }

        if (item.Quantity is < 1)
        {
            failures.Add($"{path}.quantity", $"quantity must be at least 1, not {item.Quantity}");
        }
    }
}
