namespace OrderPipeline.Domain.Ordering;

/// <summary>A created order as the store keeps it: the resource without items, and each item, as JSON.</summary>
public sealed record StoredOrder(string HeaderJson, IReadOnlyList<string>? ItemsJson)
{
    public TOrder To<TOrder>()
        where TOrder : class, ITmfOrder<TOrder> => TOrder.FromStored(HeaderJson, ItemsJson);
}
