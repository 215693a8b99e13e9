using System.Text.Json.Serialization.Metadata;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Cancellation;

/// <summary>CancelProductOrder or CancelServiceOrder: the cancel APIs are written once against this.</summary>
public interface ICancelOrder<TSelf>
    where TSelf : CancelOrderResource, ICancelOrder<TSelf>
{
    static abstract OrderType OrderType { get; }

    /// <summary>The path of the collection, such as <c>/tmf-api/productOrderingManagement/v4/cancelProductOrder</c>.</summary>
    static abstract string BasePath { get; }

    /// <summary>The JSON name of the order reference: <c>productOrder</c> or <c>serviceOrder</c>.</summary>
    static abstract string OrderField { get; }

    static abstract JsonTypeInfo<TSelf> JsonTypeInfo { get; }

    static abstract JsonTypeInfo<List<TSelf>> ListJsonTypeInfo { get; }

    /// <summary>The order to cancel.</summary>
    EntityRef? Order { get; }

    static abstract TSelf From(CancelOrderTask task);
}
