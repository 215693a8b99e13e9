using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Ordering;

/// <summary>Maps an acknowledged TMF622 or TMF641 order to the customer order that is stored.</summary>
public static class CustomerOrderFactory
{
    public static CustomerOrder From<TOrder>(TOrder acknowledged, DateTimeOffset orderDate)
        where TOrder : class, ITmfOrder<TOrder> =>
        From(acknowledged, orderDate, linesOnDemand: false);

    /// <summary>
    /// The same order, each line built only when it is read and not kept: what a check that reads each line once needs of
    /// a large order, without holding all of its lines' JSON at once.
    /// </summary>
    public static CustomerOrder ToMeasure<TOrder>(TOrder acknowledged, DateTimeOffset orderDate)
        where TOrder : class, ITmfOrder<TOrder> =>
        From(acknowledged, orderDate, linesOnDemand: true);

    private static CustomerOrder From<TOrder>(TOrder acknowledged, DateTimeOffset orderDate, bool linesOnDemand)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var id = acknowledged.Id ?? throw new ArgumentException("An acknowledged order carries its id.", nameof(acknowledged));
        var view = acknowledged.View();
        if (view.Items.Count != acknowledged.ItemCount)
        {
            throw new ArgumentException("An order item is null; validate before creating the order.", nameof(acknowledged));
        }

        var items = view.Items;
        IReadOnlyList<CustomerOrderLine> lines = linesOnDemand
            ? new LinesOnDemand(items.Count, index => ToLine(items[index], acknowledged.LineContent(index)))
            : [.. items.Select(item => ToLine(item, acknowledged.LineContent(item.Index)))];
        return new CustomerOrder(
            id, TOrder.Names.OrderType, acknowledged.State ?? OrderStates.Acknowledged, orderDate,
            acknowledged.ExternalId, view.CustomerId, acknowledged.HeaderJson(), lines);
    }

    private static CustomerOrderLine ToLine(OrderItemView item, OrderLineContent content)
    {
        if (!OrderItemAction.TryParse(item.Action, out var action))
        {
            throw new ArgumentException($"Order item '{item.Id}' has no valid action; validate before creating the order.", nameof(item));
        }

        var number = item.Index + 1;
        return new CustomerOrderLine(
            number,
            item.Id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            action,
            item.Quantity ?? 1,
            item.OfferingId,
            item.SpecificationId,
            item.SubjectId,
            [.. item.Characteristics.OfType<Characteristic>()],
            content.PlaceJson,
            content.Contacts,
            item.ItemRelationships,
            content.ItemJson);
    }

    private sealed class LinesOnDemand(int count, Func<int, CustomerOrderLine> build) : IReadOnlyList<CustomerOrderLine>
    {
        public int Count => count;

        public CustomerOrderLine this[int index] =>
            (uint)index < (uint)count ? build(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<CustomerOrderLine> GetEnumerator()
        {
            for (var index = 0; index < count; index++)
            {
                yield return build(index);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
