namespace OrderPipeline.Domain.Ordering;

/// <summary>
/// One page of a listing and how many items match in all (TMF's X-Result-Count and X-Total-Count). The total is null
/// when counting every match would cost more storage requests than the page itself may: then it is not given.
/// </summary>
public sealed record OrderPage<T>(IReadOnlyList<T> Items, int? TotalCount);
