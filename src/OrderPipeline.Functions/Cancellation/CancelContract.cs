namespace OrderPipeline.Functions.Cancellation;

/// <summary>What the cancel functions of both APIs tell an integrator, for their API description.</summary>
internal static class CancelContract
{
    public const string CreateDescription =
        "Cancels the order at once, whatever `requestedCancellationDate` says. An order still waiting in the inbound queue " +
        "(or failed there) is never created; a created order becomes `cancelled` with its cancellationDate and cancellationReason. " +
        "An order being created at this moment is 409: send the request again in a few seconds. Cancelling an order already " +
        "cancelled answers its task again (200) and creates no second one. The task shares its order's id.";

    public const string Created = "The task, done: the order is cancelled.";
    public const string AlreadyCancelled = "The order was cancelled before: the task that did it.";
    public const string Location = "The task's href.";
    public const string Listed = "Cancel tasks of this API, filtered (all filters apply) and paged, in the order of their orders' ids.";
    public const string Retrieved = "One cancel task by its id (the id of the order it cancels).";
    public const string RetryAfter = "While the order is being created: seconds to wait before sending the cancel again.";
    public const string TotalCount = "How many tasks match the filters in all.";
    public const string ResultCount = "How many tasks this page holds.";
}
