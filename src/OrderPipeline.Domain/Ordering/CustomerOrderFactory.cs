using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Ordering;

/// <summary>Maps an acknowledged TMF622 product order to the customer order that is stored.</summary>
public static class CustomerOrderFactory
{
    public static CustomerOrder FromProductOrder(ProductOrder acknowledged, DateTimeOffset orderDate)
    {
        var id = acknowledged.Id ?? throw new ArgumentException("An acknowledged order carries its id.", nameof(acknowledged));
        var items = acknowledged.ProductOrderItem ?? [];
        var lines = items.Select((item, index) => ToLine(item, index + 1)).ToList();
        var customer = acknowledged.RelatedParty?.FirstOrDefault(party => party is { IsCustomer: true })?.Id;
        return new CustomerOrder(
            id, OrderType.Product, acknowledged.State ?? ProductOrderStates.Acknowledged, orderDate,
            acknowledged.ExternalId, customer, acknowledged, lines);
    }

    private static CustomerOrderLine ToLine(ProductOrderItem item, int number)
    {
        if (!OrderItemAction.TryParse(item.Action, out var action))
        {
            throw new ArgumentException($"Order item '{item.Id}' has no valid action; validate before creating the order.", nameof(item));
        }

        var product = item.Product;
        return new CustomerOrderLine(
            number,
            item.Id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            action,
            item.Quantity ?? 1,
            item.ProductOffering?.Id,
            product?.ProductSpecification?.Id,
            product?.Id,
            product?.ProductCharacteristic ?? [],
            product?.Place?.GetRawText(),
            product?.RelatedParty ?? [],
            item.ProductOrderItemRelationship ?? [],
            item);
    }
}
