using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Events;

/// <summary>
/// Builds the events of the order and cancel-task lifecycle in the TMF v4 envelope. An order event carries the order's
/// summary (id, href, externalId, state, dates, the reason it was rejected or cancelled), not its items: a listener
/// that wants the whole order reads it by its <c>href</c>, which also keeps every event small enough to record beside its change.
/// </summary>
public static class OrderEvents
{
    /// <summary><c>…CreateEvent</c>: the customer order was created (sync, or when its inbound entry became Done).</summary>
    public static OrderEvent Created(OrderSummary order, DateTimeOffset at) =>
        Build(OrderEventTypes.Created(order.OrderType), order.OrderType, order.Id, "", at, ResourceName(order.OrderType), order.ToJson());

    /// <summary><c>…StateChangeEvent</c>: the order became <c>rejected</c> or <c>cancelled</c>.</summary>
    public static OrderEvent StateChanged(OrderSummary order, DateTimeOffset at) =>
        Build(OrderEventTypes.StateChanged(order.OrderType), order.OrderType, order.Id, order.State, at, ResourceName(order.OrderType), order.ToJson());

    public static OrderEvent CancelCreated(CancelOrderTask task, DateTimeOffset at) =>
        Build(OrderEventTypes.CancelCreated(task.OrderType), task.OrderType, task.Id, "", at, CancelResourceName(task.OrderType), CancelOrderResources.ToJson(task));

    public static OrderEvent CancelStateChanged(CancelOrderTask task, DateTimeOffset at) =>
        Build(OrderEventTypes.CancelStateChanged(task.OrderType), task.OrderType, task.Id, task.State, at, CancelResourceName(task.OrderType), CancelOrderResources.ToJson(task));

    private static string ResourceName(OrderType orderType) => orderType == OrderType.Product ? "productOrder" : "serviceOrder";

    private static string CancelResourceName(OrderType orderType) => orderType == OrderType.Product ? "cancelProductOrder" : "cancelServiceOrder";

    private static OrderEvent Build(string eventType, OrderType orderType, string resourceId, string state, DateTimeOffset at, string name, JsonObject resource)
    {
        var eventId = EventId(eventType, resourceId, state);
        var time = TmfDate.Format(at);
        var envelope = new JsonObject
        {
            ["eventId"] = eventId,
            ["eventTime"] = time,
            ["eventType"] = eventType,
            ["correlationId"] = resourceId,
            ["domain"] = OrderVocabulary.For(orderType).Api,
            ["timeOcurred"] = time,
            ["event"] = new JsonObject { [name] = resource },
        };
        return new OrderEvent(eventId, eventType, at, orderType, envelope.ToJsonString());
    }

    // Derived from what happened, so that the same change recorded twice (a retry after a crash) is the same event.
    private static string EventId(string eventType, string resourceId, string state)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{eventType}|{resourceId}|{state}"));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
