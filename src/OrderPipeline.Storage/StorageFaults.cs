using System.Net;
using Azure;

namespace OrderPipeline.Storage;

/// <summary>
/// Which storage failures say "try again later" and which say "this will never fit". Azure.Core retries a failed request
/// and then throws an <see cref="AggregateException"/> of every try's failure ("Retry failed after N tries"), so both kinds
/// are looked for inside one too.
/// </summary>
public static class StorageFaults
{
    private static readonly HashSet<string> TooLargeCodes = ["EntityTooLarge", "PropertyValueTooLarge", "RequestBodyTooLarge", "TooManyProperties"];

    /// <summary>Storage did not answer, or answered that it is busy or broken: the same request may succeed later.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions is { Count: > 0 } inner && inner.All(IsUnavailable),
        RequestFailedException failed => failed.Status is 0 or (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests
            or >= (int)HttpStatusCode.InternalServerError,
        HttpRequestException or TimeoutException or IOException => true,
        _ => false,
    };

    /// <summary>Storage refused what was sent as too large: retrying the same write can never succeed.</summary>
    public static bool IsTooLarge(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Any(IsTooLarge),
        RequestFailedException failed => failed.Status == (int)HttpStatusCode.RequestEntityTooLarge
            || (failed.ErrorCode is { } code && TooLargeCodes.Contains(code)),
        _ => false,
    };
}
