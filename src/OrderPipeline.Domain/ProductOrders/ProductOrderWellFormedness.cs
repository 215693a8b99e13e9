using OrderPipeline.Domain.Tmf;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>The always-on checks: what TMF622 makes mandatory, and nothing the server owns.</summary>
internal static class ProductOrderWellFormedness
{
    private const string Items = "productOrderItem";

    public static IReadOnlyList<ValidationFailure> Check(ProductOrder order)
    {
        var failures = new FailureList();
        RejectServerOwned(order, failures);
        CheckDate(order.RequestedStartDate, "requestedStartDate", failures);
        CheckDate(order.RequestedCompletionDate, "requestedCompletionDate", failures);
        RejectNullElements(order.RelatedParty, "relatedParty", failures);

        if (order.ProductOrderItem is not { Count: > 0 } items)
        {
            failures.Add(Items, "productOrderItem is required and must hold at least one item");
            return failures.Items;
        }

        var itemIndexById = CheckItems(items, failures);
        var relatedIndexes = CheckRelationships(items, itemIndexById, failures);
        foreach (var cycle in RelationshipCycles.Find(relatedIndexes))
        {
            var names = string.Join(" → ", cycle.Append(cycle[0]).Select(index => items[index].Id));
            failures.Add($"{Items}[{cycle[0]}].productOrderItemRelationship", $"item relationships form a cycle: {names}");
        }

        return failures.Items;
    }

    private static void RejectServerOwned(ProductOrder order, FailureList failures)
    {
        if (order.Id is not null) failures.Add("id", "id is set by the server and must not be sent");
        if (order.Href is not null) failures.Add("href", "href is set by the server and must not be sent");
        if (order.OrderDate is not null) failures.Add("orderDate", "orderDate is set by the server and must not be sent");
        if (order.State is not null) failures.Add("state", "state is set by the server and must not be sent");
    }

    private static void CheckDate(string? value, string path, FailureList failures)
    {
        if (value is not null && !TmfDate.TryParse(value, out _))
        {
            failures.Add(path, $"'{value}' is not an ISO 8601 date-time");
        }
    }

    private static void RejectNullElements<T>(IReadOnlyList<T?>? list, string path, FailureList failures)
        where T : class
    {
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            if (list![i] is null) failures.Add($"{path}[{i}]", "must be an object, not null");
        }
    }

    private static Dictionary<string, int> CheckItems(IReadOnlyList<ProductOrderItem> items, FailureList failures)
    {
        var itemIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{Items}[{i}]";
            var item = items[i];
            if (item is null)
            {
                failures.Add(path, "an order item must be an object");
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Id))
            {
                failures.Add($"{path}.id", "id is required");
            }
            else if (!itemIndexById.TryAdd(item.Id, i))
            {
                failures.Add($"{path}.id", $"id '{item.Id}' is already used by {Items}[{itemIndexById[item.Id]}]");
            }

            if (string.IsNullOrWhiteSpace(item.Action))
            {
                failures.Add($"{path}.action", "action is required");
            }
            else if (!OrderItemAction.TryParse(item.Action, out _))
            {
                failures.Add($"{path}.action", $"action '{item.Action}' is not one of {OrderItemAction.AllowedValues}");
            }

            RejectNullElements(item.Product?.ProductCharacteristic, $"{path}.product.productCharacteristic", failures);
            RejectNullElements(item.Product?.RelatedParty, $"{path}.product.relatedParty", failures);
        }

        return itemIndexById;
    }

    private static List<int>[] CheckRelationships(
        IReadOnlyList<ProductOrderItem> items, Dictionary<string, int> itemIndexById, FailureList failures)
    {
        var related = new List<int>[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            related[i] = [];
            var relationships = items[i]?.ProductOrderItemRelationship ?? [];
            for (var j = 0; j < relationships.Count; j++)
            {
                var path = $"{Items}[{i}].productOrderItemRelationship[{j}].id";
                var targetId = relationships[j]?.Id;
                if (string.IsNullOrWhiteSpace(targetId))
                {
                    failures.Add(path, "id (the related item's id) is required");
                }
                else if (targetId == items[i].Id)
                {
                    failures.Add(path, "an item cannot relate to itself");
                }
                else if (!itemIndexById.TryGetValue(targetId, out var target))
                {
                    failures.Add(path, $"'{targetId}' names no item of this order");
                }
                else
                {
                    related[i].Add(target);
                }
            }
        }

        return related;
    }
}
