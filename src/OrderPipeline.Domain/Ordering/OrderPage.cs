namespace OrderPipeline.Domain.Ordering;

/// <summary>One page of a listing and how many items match in all (TMF's X-Result-Count and X-Total-Count).</summary>
public sealed record OrderPage<T>(IReadOnlyList<T> Items, int TotalCount);
