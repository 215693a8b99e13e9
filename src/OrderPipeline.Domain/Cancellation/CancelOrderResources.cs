using System.Text.Json;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.ServiceOrders;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Cancellation;

/// <summary>A cancel task as its TMF resource, for either API.</summary>
public static class CancelOrderResources
{
    public static string HrefFor(OrderType orderType, string id) =>
        $"{(orderType == OrderType.Product ? CancelProductOrder.BasePath : CancelServiceOrder.BasePath)}/{id}";

    /// <summary>The fields every cancel resource has, filled from the task; the caller adds the order reference.</summary>
    internal static (string Id, string Href, string State, string? Reason, string? Requested, string? Effective, string Type, EntityRef Order) Fields(CancelOrderTask task) =>
        (task.Id,
         HrefFor(task.OrderType, task.Id),
         task.State,
         task.CancellationReason,
         task.RequestedCancellationDate,
         task.EffectiveCancellationDate is { } effective ? TmfDate.Format(effective) : null,
         $"Cancel{OrderVocabulary.For(task.OrderType).ResourceType}",
         new EntityRef { Id = task.OrderId, Href = OrderResource.HrefFor(task.OrderType, task.OrderId), ReferredType = OrderVocabulary.For(task.OrderType).ResourceType });

    public static JsonObject ToJson(CancelOrderTask task) => task.OrderType == OrderType.Product
        ? JsonSerializer.SerializeToNode(CancelProductOrder.From(task), CancelProductOrder.JsonTypeInfo)!.AsObject()
        : JsonSerializer.SerializeToNode(CancelServiceOrder.From(task), CancelServiceOrder.JsonTypeInfo)!.AsObject();
}
