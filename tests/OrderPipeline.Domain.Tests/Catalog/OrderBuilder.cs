using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Tests.Catalog;

/// <summary>Builds the order view the lead's mapping would give for a TMF622 or TMF641 order, item by item.</summary>
internal sealed class OrderBuilder(OrderType orderType)
{
    private readonly List<OrderItemView> items = [];
    private string? customerId = SampleCatalog.Customer;
    private string? customerPath = "relatedParty[0]";

    public OrderVocabulary Names { get; } = OrderVocabulary.For(orderType);

    public OrderBuilder Customer(string? id, string? path = "relatedParty[0]")
    {
        customerId = id;
        customerPath = path;
        return this;
    }

    /// <summary>An add item of the given specification: through its offering in a product order, by the specification in a service order.</summary>
    public OrderBuilder Add(string id, string specification, Action<ItemBuilder>? configure = null) =>
        Item(id, OrderItemAction.Add, item =>
        {
            if (Names.OrderType == OrderType.Product) item.Offering($"PO-{specification}");
            else item.Specification(specification);
            configure?.Invoke(item);
        });

    public OrderBuilder Modify(string id, string existing, Action<ItemBuilder>? configure = null) =>
        Item(id, OrderItemAction.Modify, item =>
        {
            item.Existing(existing);
            configure?.Invoke(item);
        });

    public OrderBuilder Delete(string id, string existing, Action<ItemBuilder>? configure = null) =>
        Item(id, OrderItemAction.Delete, item =>
        {
            item.Existing(existing);
            configure?.Invoke(item);
        });

    public OrderBuilder Item(string id, string action, Action<ItemBuilder> configure)
    {
        var item = new ItemBuilder(Names, id, action);
        configure(item);
        items.Add(item.Build(items.Count));
        return this;
    }

    public OrderView Build() => new(Names, customerId, customerPath, [.. items]);
}
