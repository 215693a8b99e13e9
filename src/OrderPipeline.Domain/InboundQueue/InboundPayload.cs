using System.Text.Json;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.ServiceOrders;

namespace OrderPipeline.Domain.InboundQueue;

/// <summary>Turns an entry's stored payload into the customer order to create, as the TMF resource its order type names.</summary>
internal static class InboundPayload
{
    /// <exception cref="InboundPayloadUnavailableException">The payload is not an order of the entry's type.</exception>
    public static CustomerOrder ToCustomerOrder(InboundEntry entry, string payload) => entry.OrderType switch
    {
        OrderType.Product => ToCustomerOrder<ProductOrder>(entry, payload),
        OrderType.Service => ToCustomerOrder<ServiceOrder>(entry, payload),
        _ => throw new InboundPayloadUnavailableException(entry.Id, $"the order type {entry.OrderType} is unknown"),
    };

    private static CustomerOrder ToCustomerOrder<TOrder>(InboundEntry entry, string payload)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var resource = TOrder.Names.ResourceType;
        TOrder order;
        try
        {
            order = JsonSerializer.Deserialize(payload, TOrder.JsonTypeInfo)
                ?? throw new InboundPayloadUnavailableException(entry.Id, "the payload is JSON null");
        }
        catch (JsonException ex)
        {
            throw new InboundPayloadUnavailableException(entry.Id, $"the payload is not a {resource} ({ex.Message})", ex);
        }

        try
        {
            return CustomerOrderFactory.From(OrderResource.Acknowledge(order, entry.Id, entry.CreatedAt), entry.CreatedAt);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Mapping does no I/O, so what fails here fails again on every retry: the stored order was damaged after intake.
            throw new InboundPayloadUnavailableException(entry.Id, $"the payload is not a valid {resource} ({ex.Message})", ex);
        }
    }
}
