namespace OrderPipeline.Domain.Cancellation;

/// <summary>
/// TaskStateType as the cancel tasks use it. A task is received (TMF622 v4 says <c>acknowledged</c>, TMF641 v4
/// <c>accepted</c>) while its order is being cancelled, and <c>done</c> once it is.
/// </summary>
public static class CancelTaskStates
{
    public const string Done = "done";
    public const string InProgress = "inProgress";
    public const string TerminatedWithError = "terminatedWithError";

    public static string Received(OrderType orderType) => orderType == OrderType.Product ? "acknowledged" : "accepted";

    /// <summary>The values a list may be filtered by, for one API.</summary>
    public static IReadOnlyList<string> All(OrderType orderType) => [Received(orderType), InProgress, Done, TerminatedWithError];
}
