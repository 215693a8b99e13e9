using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Ordering;

/// <summary>Turns a submitted order into the resource the server answers with.</summary>
public static class OrderResource
{
    public static string HrefFor<TOrder>(string id)
        where TOrder : class, ITmfOrder<TOrder> => $"{TOrder.BasePath}/{id}";

    public static string HrefFor(OrderType orderType, string id) =>
        orderType == OrderType.Product ? HrefFor<ProductOrders.ProductOrder>(id) : HrefFor<ServiceOrders.ServiceOrder>(id);

    /// <summary>The order as acknowledged: server-owned fields set, every submitted field kept.</summary>
    public static TOrder Acknowledge<TOrder>(TOrder submitted, string id, DateTimeOffset orderDate)
        where TOrder : class, ITmfOrder<TOrder> =>
        submitted.WithServerFields(id, HrefFor<TOrder>(id), TmfDate.Format(orderDate), OrderStates.Acknowledged, error: null);

    /// <summary>The order as cancelled before it was created, with when and why.</summary>
    public static TOrder Cancel<TOrder>(TOrder submitted, string id, DateTimeOffset orderDate, DateTimeOffset cancelledAt, string? reason)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var cancelled = submitted.WithServerFields(id, HrefFor<TOrder>(id), TmfDate.Format(orderDate), OrderStates.Cancelled, error: null);
        var extensions = new Dictionary<string, System.Text.Json.JsonElement>(cancelled.Extensions ?? [])
        {
            ["cancellationDate"] = System.Text.Json.JsonSerializer.SerializeToElement(TmfDate.Format(cancelledAt), TmfJsonContext.Default.String),
        };
        if (reason is not null)
        {
            extensions["cancellationReason"] = System.Text.Json.JsonSerializer.SerializeToElement(reason, TmfJsonContext.Default.String);
        }

        cancelled.Extensions = extensions;
        return cancelled;
    }

    /// <summary>The order as rejected by processing, with the reason in <c>errorMessage</c>.</summary>
    public static TOrder Reject<TOrder>(TOrder submitted, string id, DateTimeOffset orderDate, OrderErrorMessage error)
        where TOrder : class, ITmfOrder<TOrder> =>
        submitted.WithServerFields(id, HrefFor<TOrder>(id), TmfDate.Format(orderDate), OrderStates.Rejected, error);
}
