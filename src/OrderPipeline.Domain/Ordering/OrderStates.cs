namespace OrderPipeline.Domain.Ordering;

/// <summary>The order states this pipeline sets; ProductOrderStateType and ServiceOrderStateType share them.</summary>
public static class OrderStates
{
    public const string Acknowledged = "acknowledged";
    public const string Rejected = "rejected";
    public const string Cancelled = "cancelled";

    /// <summary>The 11 values of ProductOrderStateType (TMF622 v4) and ServiceOrderStateType (TMF641 v4), which are the same.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "acknowledged", "rejected", "pending", "held", "inProgress", "cancelled", "completed", "failed", "partial",
        "assessingCancellation", "pendingCancellation",
    };
}
