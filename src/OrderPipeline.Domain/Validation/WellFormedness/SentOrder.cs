using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.WellFormedness;

/// <summary>
/// An order as the well-formedness rules read it: the resource as sent, for what only the order itself carries (the
/// fields the server owns, the dates, the related parties), and its <see cref="OrderView"/>, the same for both order
/// types, for the items.
/// </summary>
internal sealed class SentOrder<TOrder>
    where TOrder : class, ITmfOrder<TOrder>
{
    public SentOrder(TOrder order, OrderView view)
    {
        Order = order;
        View = view;
        var itemsByIndex = new OrderItemView?[order.ItemCount ?? 0];
        foreach (var item in view.Items) itemsByIndex[item.Index] = item;
        ItemsByIndex = itemsByIndex;
        Ids = new OrderItemIds(view.Items);
    }

    public TOrder Order { get; }

    public OrderView View { get; }

    /// <summary>Every entry of the item list, null where the client sent <c>null</c> instead of an item.</summary>
    public IReadOnlyList<OrderItemView?> ItemsByIndex { get; }

    public OrderItemIds Ids { get; }
}
