using FluentValidation;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.WellFormedness;

/// <summary>
/// The ids of an order's items, each with the index of the first item that carries it: what an item's id must not
/// repeat and what its relationships must name. The item and relationship validators read it from the context that
/// every validator of one run shares.
/// </summary>
internal sealed class OrderItemIds
{
    private const string ContextKey = nameof(OrderItemIds);
    private readonly Dictionary<string, int> firstIndexById = new(StringComparer.Ordinal);

    public OrderItemIds(IEnumerable<OrderItemView> items)
    {
        foreach (var item in items)
        {
            if (!string.IsNullOrWhiteSpace(item.Id)) firstIndexById.TryAdd(item.Id, item.Index);
        }
    }

    public bool Contains(string id) => firstIndexById.ContainsKey(id);

    public bool TryGetFirstIndex(string id, out int index) => firstIndexById.TryGetValue(id, out index);

    public static OrderItemIds In(IValidationContext context) => (OrderItemIds)context.RootContextData[ContextKey];

    public void ShareWith(IValidationContext context) => context.RootContextData[ContextKey] = this;
}
