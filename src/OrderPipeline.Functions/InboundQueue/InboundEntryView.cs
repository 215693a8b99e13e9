using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Functions.InboundQueue;

/// <summary>An inbound entry as the management API shows it: with the failure's detail, which the ordering client never sees.</summary>
public sealed record InboundEntryView(
    string Id,
    string State,
    string OrderType,
    string? ExternalId,
    string Source,
    int Attempts,
    string CreatedAt,
    string UpdatedAt,
    string? LeaseUntil,
    string? OrderId,
    string Href,
    IReadOnlyList<OrderErrorMessage>? ErrorMessage,
    string? ErrorDetail,
    string? CancellationReason,
    IReadOnlyList<InboundTransitionView>? History)
{
    public static InboundEntryView From(InboundEntry entry, bool withHistory) => new(
        entry.Id,
        entry.State.ToString(),
        entry.OrderType == Domain.OrderType.Product ? "product" : "service",
        entry.ExternalId,
        entry.Source,
        entry.Attempts,
        TmfDate.Format(entry.CreatedAt),
        TmfDate.Format(entry.UpdatedAt),
        entry.LeaseUntil is { } lease ? TmfDate.Format(lease) : null,
        entry.OrderId,
        OrderResource.HrefFor(entry.OrderType, entry.Id),
        entry.Error is { } error ? [new OrderErrorMessage(error.Code, error.Reason, error.Message)] : null,
        entry.Error?.Detail,
        entry.CancellationReason,
        withHistory ? [.. entry.History.Select(step => new InboundTransitionView(step.State.ToString(), TmfDate.Format(step.At), step.Reason))] : null);
}
