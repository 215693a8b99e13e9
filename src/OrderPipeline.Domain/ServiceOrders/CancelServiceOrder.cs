using System.Text.Json.Serialization.Metadata;
using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ServiceOrders;

/// <summary>A TMF641 v4 CancelServiceOrder task.</summary>
public sealed record CancelServiceOrder : CancelOrderResource, ICancelOrder<CancelServiceOrder>
{
    public static OrderType OrderType => OrderType.Service;
    public static string BasePath => "/tmf-api/serviceOrdering/v4/cancelServiceOrder";
    public static string OrderField => "serviceOrder";
    public static JsonTypeInfo<CancelServiceOrder> JsonTypeInfo => TmfJsonContext.Default.CancelServiceOrder;
    public static JsonTypeInfo<List<CancelServiceOrder>> ListJsonTypeInfo => TmfJsonContext.Default.ListCancelServiceOrder;

    public EntityRef? ServiceOrder { get; init; }

    EntityRef? ICancelOrder<CancelServiceOrder>.Order => ServiceOrder;

    public static CancelServiceOrder From(CancelOrderTask task)
    {
        var (id, href, state, reason, requested, effective, type, order) = CancelOrderResources.Fields(task);
        return new CancelServiceOrder
        {
            Id = id, Href = href, State = state, ServiceOrder = order, CancellationReason = reason,
            RequestedCancellationDate = requested, EffectiveCancellationDate = effective, Type = type,
        };
    }
}
