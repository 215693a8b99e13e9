using System.Text.Json;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Ordering;

/// <summary>Reads orders of either type in every phase: created, still in the inbound queue, or rejected there.</summary>
public sealed class OrderQueries(ICustomerOrderStore orders, IInboundEntryStore entries, ListingGate listings)
{
    public async Task<TOrder?> FindAsync<TOrder>(string id, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        if (!OrderIds.IsWellFormed(id))
        {
            return null;
        }

        var orderType = TOrder.Names.OrderType;
        if (await orders.FindAsync(orderType, id, cancellationToken) is { } created)
        {
            return created.To<TOrder>();
        }

        var entry = await entries.FindAsync(id, cancellationToken);
        if (entry is null || entry.OrderType != orderType)
        {
            return null;
        }

        switch (entry)
        {
            case { State: InboundState.Done }:
                // Completed between our two reads: the order is there now.
                return (await orders.FindAsync(orderType, id, cancellationToken))?.To<TOrder>();
            case { State: InboundState.Error, Error: { } error }:
                var rejected = await ReadSubmittedAsync<TOrder>(entry, cancellationToken);
                return OrderResource.Reject(rejected, id, entry.CreatedAt, new OrderErrorMessage(error.Code, error.Reason, error.Message));
            case { State: InboundState.Cancelled }:
                var submitted = await ReadSubmittedAsync<TOrder>(entry, cancellationToken);
                return OrderResource.Cancel(submitted, id, entry.CreatedAt, entry.UpdatedAt, entry.CancellationReason);
            default:
                return OrderResource.Acknowledge(await ReadSubmittedAsync<TOrder>(entry, cancellationToken), id, entry.CreatedAt);
        }
    }

    /// <returns>The page; null when this instance is answering as many lists as it may and no place came free in time.</returns>
    public async Task<OrderPage<TOrder>?> ListAsync<TOrder>(OrderQuery query, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        using var place = await listings.TryEnterAsync(cancellationToken);
        if (place is null)
        {
            return null;
        }

        var page = await orders.ListAsync(TOrder.Names.OrderType, query, cancellationToken);
        return new OrderPage<TOrder>([.. page.Items.Select(stored => stored.To<TOrder>())], page.TotalCount);
    }

    private async Task<TOrder> ReadSubmittedAsync<TOrder>(InboundEntry entry, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        try
        {
            var payload = await entries.ReadPayloadAsync(entry, cancellationToken);
            return JsonSerializer.Deserialize(payload, TOrder.JsonTypeInfo) ?? TOrder.FromStored("{}", null);
        }
        catch (Exception ex) when (ex is InboundPayloadUnavailableException or JsonException)
        {
            // The entry still answers for the order; only the submitted fields are gone.
            return TOrder.FromStored("{}", null);
        }
    }
}
