using System.Text.Json.Serialization.Metadata;
using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>A TMF622 v4 CancelProductOrder task.</summary>
public sealed record CancelProductOrder : CancelOrderResource, ICancelOrder<CancelProductOrder>
{
    public static OrderType OrderType => OrderType.Product;
    public static string BasePath => "/tmf-api/productOrderingManagement/v4/cancelProductOrder";
    public static string OrderField => "productOrder";
    public static JsonTypeInfo<CancelProductOrder> JsonTypeInfo => TmfJsonContext.Default.CancelProductOrder;
    public static JsonTypeInfo<List<CancelProductOrder>> ListJsonTypeInfo => TmfJsonContext.Default.ListCancelProductOrder;

    public EntityRef? ProductOrder { get; init; }

    EntityRef? ICancelOrder<CancelProductOrder>.Order => ProductOrder;

    public static CancelProductOrder From(CancelOrderTask task)
    {
        var (id, href, state, reason, requested, effective, type, order) = CancelOrderResources.Fields(task);
        return new CancelProductOrder
        {
            Id = id, Href = href, State = state, ProductOrder = order, CancellationReason = reason,
            RequestedCancellationDate = requested, EffectiveCancellationDate = effective, Type = type,
        };
    }
}
