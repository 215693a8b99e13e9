using System.Text.Json;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>Reads product orders in every phase: created, still in the inbound queue, or rejected there.</summary>
public sealed class ProductOrderQueries(ICustomerOrderStore orders, IInboundEntryStore entries)
{
    public async Task<ProductOrder?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!OrderIds.IsWellFormed(id))
        {
            return null;
        }

        var created = await orders.FindProductOrderAsync(id, cancellationToken);
        if (created is not null)
        {
            return created;
        }

        var entry = await entries.FindAsync(id, cancellationToken);
        switch (entry)
        {
            case null or { OrderType: not OrderType.Product }:
                return null;
            case { State: InboundState.Done }:
                // Completed between our two reads: the order is there now.
                return await orders.FindProductOrderAsync(id, cancellationToken);
            case { State: InboundState.Error, Error: { } error }:
                var rejected = await ReadSubmittedAsync(entry, cancellationToken);
                return ProductOrderResource.Reject(rejected, id, entry.CreatedAt, new OrderErrorMessage(error.Code, error.Reason, error.Message));
            default:
                return ProductOrderResource.Acknowledge(await ReadSubmittedAsync(entry, cancellationToken), id, entry.CreatedAt);
        }
    }

    public Task<OrderPage<ProductOrder>> ListAsync(OrderQuery query, CancellationToken cancellationToken) =>
        orders.ListProductOrdersAsync(query, cancellationToken);

    private async Task<ProductOrder> ReadSubmittedAsync(InboundEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var payload = await entries.ReadPayloadAsync(entry, cancellationToken);
            return JsonSerializer.Deserialize(payload, TmfJsonContext.Default.ProductOrder) ?? new ProductOrder();
        }
        catch (Exception ex) when (ex is InboundPayloadUnavailableException or JsonException)
        {
            // The entry still answers for the order; only the submitted fields are gone.
            return new ProductOrder();
        }
    }
}
