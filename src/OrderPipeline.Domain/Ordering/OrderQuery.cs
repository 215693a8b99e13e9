namespace OrderPipeline.Domain.Ordering;

/// <summary>
/// Filters and paging for listing orders. Filters are equality matches and all of them apply (AND).
/// <paramref name="IncludeItems"/> false lets a store skip reading the order lines when the caller selected fields without them.
/// </summary>
public sealed record OrderQuery(
    string? Id = null,
    string? ExternalId = null,
    string? State = null,
    DateTimeOffset? OrderDate = null,
    int Offset = 0,
    int Limit = OrderQuery.DefaultLimit,
    bool IncludeItems = true)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
}
