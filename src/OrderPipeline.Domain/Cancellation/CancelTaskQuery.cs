using OrderPipeline.Domain.Ordering;

namespace OrderPipeline.Domain.Cancellation;

/// <summary>Filters (all apply) and paging for listing cancel tasks.</summary>
public sealed record CancelTaskQuery(string? State = null, string? OrderId = null, int Offset = 0, int Limit = OrderQuery.DefaultLimit);
