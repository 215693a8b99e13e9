using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Events;

/// <summary>The TMF v4 event types this pipeline raises, named per API: <c>ProductOrderCreateEvent</c>, <c>CancelServiceOrderStateChangeEvent</c>, ….</summary>
public static class OrderEventTypes
{
    public static string Created(OrderType orderType) => $"{OrderVocabulary.For(orderType).ResourceType}CreateEvent";

    public static string StateChanged(OrderType orderType) => $"{OrderVocabulary.For(orderType).ResourceType}StateChangeEvent";

    public static string CancelCreated(OrderType orderType) => $"Cancel{OrderVocabulary.For(orderType).ResourceType}CreateEvent";

    public static string CancelStateChanged(OrderType orderType) => $"Cancel{OrderVocabulary.For(orderType).ResourceType}StateChangeEvent";

    /// <summary>Every type a listener of this API's hub may ask for.</summary>
    public static IReadOnlyList<string> Of(OrderType orderType) =>
        [Created(orderType), StateChanged(orderType), CancelCreated(orderType), CancelStateChanged(orderType)];
}
