namespace OrderPipeline.Domain.Cancellation;

/// <summary>What a client asks: cancel this order, for this reason.</summary>
public sealed record CancelRequest(OrderType OrderType, string OrderId, string? CancellationReason, string? RequestedCancellationDate);
