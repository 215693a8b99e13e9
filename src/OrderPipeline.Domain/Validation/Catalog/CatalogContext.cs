using System.Diagnostics.CodeAnalysis;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// One order and the reference data read for it: what every rule looks up, and the one place that decides which
/// specification an order item is of.
/// </summary>
internal sealed class CatalogContext(OrderView order, ReferenceSnapshot snapshot)
{
    private readonly Dictionary<string, OrderItemView> itemsById = IndexById(order.Items);

    public OrderView Order => order;

    public ReferenceSnapshot Snapshot => snapshot;

    public OrderVocabulary Names => Order.Names;

    public bool IsProductOrder => Names.OrderType == OrderType.Product;

    public IReadOnlyDictionary<string, Specification> Specifications => Snapshot.SpecificationsFor(Names.OrderType);

    public IReadOnlyDictionary<string, InventoryItem> Inventory => Snapshot.InventoryFor(Names.OrderType);

    /// <summary>"product catalog" or "service catalog", for messages.</summary>
    public string CatalogName => $"{Names.Subject} catalog";

    /// <summary>"product inventory" or "service inventory", for messages.</summary>
    public string InventoryName => $"{Names.Subject} inventory";

    public static bool Known([NotNullWhen(true)] string? id) => !string.IsNullOrWhiteSpace(id);

    public static bool IsActiveLifecycle(string? lifecycleStatus) =>
        string.Equals(lifecycleStatus, "Active", StringComparison.OrdinalIgnoreCase);

    public OrderItemView? ItemById(string? id) => Known(id) ? itemsById.GetValueOrDefault(id) : null;

    public ProductOffering? Offering(OrderItemView item) =>
        IsProductOrder && Known(item.OfferingId) ? Snapshot.Offerings.GetValueOrDefault(item.OfferingId) : null;

    public InventoryItem? InventoryItem(string? id) => Known(id) ? Inventory.GetValueOrDefault(id) : null;

    public Specification? Specification(string? id) => Known(id) ? Specifications.GetValueOrDefault(id) : null;

    /// <summary>
    /// The specification an item is of, when it can be told: for add the one sent, else the offering's; for modify and
    /// delete the existing product's (or service's); for noChange the existing one's if it names one, else as for add.
    /// </summary>
    public string? EffectiveSpecificationId(OrderItemView item) => item.Action switch
    {
        OrderItemAction.Add => SpecificationSentOrOffered(item),
        OrderItemAction.Modify or OrderItemAction.Delete => InventoryItem(item.SubjectId)?.SpecificationId,
        OrderItemAction.NoChange when Known(item.SubjectId) => InventoryItem(item.SubjectId)?.SpecificationId,
        OrderItemAction.NoChange => SpecificationSentOrOffered(item),
        _ => null,
    };

    public Specification? EffectiveSpecification(OrderItemView item) => Specification(EffectiveSpecificationId(item));

    /// <summary>Whether the customer has this inventory item; an order without a customer cannot tell, so it does not refuse.</summary>
    public bool BelongsToCustomer(InventoryItem inventoryItem) =>
        !Known(Order.CustomerId) || inventoryItem.RelatedParty.Any(party => string.Equals(party.Id, Order.CustomerId, StringComparison.Ordinal));

    public string ItemPath(OrderItemView item) => Order.ItemPath(item);

    public string SubjectPath(OrderItemView item) => $"{ItemPath(item)}.{Names.Subject}";

    public string SpecificationIdPath(OrderItemView item) => $"{SubjectPath(item)}.{Names.Specification}.id";

    public string SubjectIdPath(OrderItemView item) => $"{SubjectPath(item)}.id";

    // Well-formedness makes item ids unique; should a duplicate slip through, the first item keeps the id.
    private static Dictionary<string, OrderItemView> IndexById(IEnumerable<OrderItemView> items)
    {
        var byId = new Dictionary<string, OrderItemView>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (Known(item.Id)) byId.TryAdd(item.Id, item);
        }

        return byId;
    }

    private string? SpecificationSentOrOffered(OrderItemView item) =>
        Known(item.SpecificationId) ? item.SpecificationId : Offering(item)?.ProductSpecificationId;
}
