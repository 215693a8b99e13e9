using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation;

/// <summary>The always-on checks: what TMF622 and TMF641 make mandatory, and nothing the server owns.</summary>
internal static class OrderWellFormedness
{
    public static IReadOnlyList<ValidationFailure> Check<TOrder>(TOrder order, OrderView view)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var failures = new FailureList();
        RejectServerOwned(order, failures);
        CheckDate(order.RequestedStartDate, "requestedStartDate", failures);
        CheckDate(order.RequestedCompletionDate, "requestedCompletionDate", failures);
        failures.AddRange(NullElements.In(order.RelatedParty, "relatedParty"));

        var names = view.Names;
        if (order.ItemCount is not > 0)
        {
            failures.Add(names.Items, $"{names.Items} is required and must hold at least one item");
            return failures.Items;
        }

        var itemIndexById = CheckItems(view, order.ItemCount.Value, failures);
        failures.AddRange(order.TypeSpecificShapeFailures());
        var related = CheckRelationships(view, order.ItemCount.Value, itemIndexById, failures);
        var ids = view.Items.ToDictionary(item => item.Index, item => item.Id);
        foreach (var cycle in RelationshipCycles.Find(related))
        {
            var chain = string.Join(" → ", cycle.Append(cycle[0]).Select(index => ids[index]));
            failures.Add($"{names.Items}[{cycle[0]}].{names.ItemRelationships}", $"item relationships form a cycle: {chain}");
        }

        return failures.Items;
    }

    private static void RejectServerOwned<TOrder>(TOrder order, FailureList failures)
        where TOrder : class, ITmfOrder<TOrder>
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

    private static Dictionary<string, int> CheckItems(OrderView view, int itemCount, FailureList failures)
    {
        var present = new bool[itemCount];
        var itemIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in view.Items)
        {
            present[item.Index] = true;
            var path = view.ItemPath(item);
            if (string.IsNullOrWhiteSpace(item.Id))
            {
                failures.Add($"{path}.id", "id is required");
            }
            else if (!itemIndexById.TryAdd(item.Id, item.Index))
            {
                failures.Add($"{path}.id", $"id '{item.Id}' is already used by {view.Names.Items}[{itemIndexById[item.Id]}]");
            }

            if (string.IsNullOrWhiteSpace(item.Action))
            {
                failures.Add($"{path}.action", "action is required");
            }
            else if (!OrderItemAction.TryParse(item.Action, out _))
            {
                failures.Add($"{path}.action", $"action '{item.Action}' is not one of {OrderItemAction.AllowedValues}");
            }

            failures.AddRange(NullElements.In(item.Characteristics, $"{path}.{view.Names.Subject}.{view.Names.Characteristics}"));
        }

        for (var i = 0; i < itemCount; i++)
        {
            if (!present[i]) failures.Add($"{view.Names.Items}[{i}]", "an order item must be an object");
        }

        return itemIndexById;
    }

    private static List<int>[] CheckRelationships(OrderView view, int itemCount, Dictionary<string, int> itemIndexById, FailureList failures)
    {
        var related = Enumerable.Range(0, itemCount).Select(_ => new List<int>()).ToArray();
        foreach (var item in view.Items)
        {
            for (var j = 0; j < item.ItemRelationships.Count; j++)
            {
                var relationship = item.ItemRelationships[j];
                var path = $"{view.ItemPath(item)}.{view.Names.ItemRelationships}[{j}].{relationship.ItemIdPath}";
                if (string.IsNullOrWhiteSpace(relationship.ItemId))
                {
                    failures.Add(path, $"{relationship.ItemIdPath} (the related item's id) is required");
                }
                else if (relationship.ItemId == item.Id)
                {
                    failures.Add(path, "an item cannot relate to itself");
                }
                else if (!itemIndexById.TryGetValue(relationship.ItemId, out var target))
                {
                    failures.Add(path, $"'{relationship.ItemId}' names no item of this order");
                }
                else
                {
                    related[item.Index].Add(target);
                }
            }
        }

        return related;
    }
}
