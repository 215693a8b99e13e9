using System.Globalization;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Orders;

namespace OrderPipeline.Functions.Errors;

/// <summary>The error answers of the API, each with the TM Forum error body.</summary>
internal static class TmfErrors
{
    public static IResult InvalidOrder(IReadOnlyList<ValidationFailure> failures) => ToResult(InvalidOrderError(failures));

    public static TmfError InvalidOrderError(IReadOnlyList<ValidationFailure> failures) => Error(
        StatusCodes.Status400BadRequest, "invalidOrder", "The order is not valid",
        $"The order has {failures.Count} problem(s); see details.", failures);

    /// <summary>Lists the first <paramref name="maxDetails"/> problems: a document of a million bad rows needs no answer of a million lines.</summary>
    public static IResult InvalidReferenceData(IReadOnlyList<ValidationFailure> failures, int maxDetails = 1000) => Result(
        StatusCodes.Status400BadRequest, "invalidReferenceData", "The reference-data document is not valid",
        $"The document has {failures.Count} problem(s), so none of it was loaded; see details" +
        (failures.Count > maxDetails ? $", which list the first {maxDetails}." : "."),
        [.. failures.Take(maxDetails)]);

    public static IResult InvalidBody(string message, string path = "") => ToResult(InvalidBodyError(message, path));

    public static TmfError InvalidBodyError(string message, string path = "") => Error(
        StatusCodes.Status400BadRequest, "invalidBody", "The request body is not a valid order", message,
        [new ValidationFailure(path, message)]);

    public static TmfError InvalidBodyError(IReadOnlyList<ValidationFailure> failures) => Error(
        StatusCodes.Status400BadRequest, "invalidBody", "The request body is not a valid order",
        $"The body has {failures.Count} problem(s); see details.", failures);

    public static IResult TooManyOrders(int limit) => Result(
        StatusCodes.Status413PayloadTooLarge, "tooManyOrders", "The request holds too many orders",
        $"A bulk request may hold at most {limit} orders, one per line; send the rest in another request.");

    public static IResult BulkNeedsAsync() => Result(
        StatusCodes.Status415UnsupportedMediaType, "unsupportedMediaType", "The content type is not supported in this mode",
        "Bulk intake (application/x-ndjson, one order per line) is async only: add ?mode=async, or send one order as application/json.");

    /// <summary>How long a client is asked to wait before it sends again while storage is unavailable.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>Storage did not answer: the client may send the same request again later (with its Idempotency-Key, it creates one order).</summary>
    public static IResult StorageUnavailable() => new RetryAfterResult(ToResult(StorageUnavailableError()), RetryAfterSeconds);

    /// <summary>The instance holds as many request bodies as it may; the same request is welcome again shortly.</summary>
    public static IResult TooBusy() => new RetryAfterResult(Result(
        StatusCodes.Status503ServiceUnavailable, "tooBusy", "The service is busy",
        $"This instance is taking in as much as it may at once; send the request again after {RetryAfterSeconds} seconds."), RetryAfterSeconds);

    /// <summary>The same, as one line of a bulk answer.</summary>
    public static TmfError StorageUnavailableError() => Error(
        StatusCodes.Status503ServiceUnavailable, "storageUnavailable", "Storage is unavailable",
        $"Storage did not answer, so the order may or may not have been accepted; look it up by its externalId, or send it again " +
        $"after {RetryAfterSeconds} seconds (with the same Idempotency-Key, a repeat creates no second order).");

    /// <summary>
    /// A list refused because this instance is answering as many as it may (<c>Listing__MaxConcurrent</c>). A list is over
    /// in about a second, so the client is asked to come back after one.
    /// </summary>
    public static IResult TooManyLists() => new RetryAfterResult(Result(
        StatusCodes.Status503ServiceUnavailable, "tooBusy", "Too many lists at once",
        "This instance is answering as many order lists as it takes at a time; send the request again after the Retry-After delay."), 1);

    public static IResult InvalidQuery(string parameter, string message) => Result(
        StatusCodes.Status400BadRequest, "invalidQuery", "A query parameter is not valid", message,
        [new ValidationFailure(parameter, message)]);

    public static IResult InvalidHeader(string header, string message) => Result(
        StatusCodes.Status400BadRequest, "invalidHeader", "A request header is not valid", message,
        [new ValidationFailure(header, message)]);

    public static IResult Unauthorized(string message) =>
        Result(StatusCodes.Status401Unauthorized, "unauthorized", "Missing or invalid key", message);

    public static IResult NotFound(string message) =>
        Result(StatusCodes.Status404NotFound, "notFound", "Resource not found", message);

    public static IResult Conflict(string message) =>
        Result(StatusCodes.Status409Conflict, "conflict", "The resource is in a state that does not allow this", message);

    public static IResult IdempotencyKeyReused() => Result(
        StatusCodes.Status409Conflict, "idempotencyKeyReused", "The idempotency key was used for a different request",
        $"This {IdempotencyKeyHeader.Name} was sent before with a different order or mode; send a new key for a new order.",
        [new ValidationFailure(IdempotencyKeyHeader.Name, "used before with a different request")]);

    public static IResult OrderTooLarge(string problem) => ToResult(OrderTooLargeError(problem));

    public static TmfError OrderTooLargeError(string problem) => Error(
        StatusCodes.Status413PayloadTooLarge, "orderTooLarge", "The order is too large to store",
        $"{problem}. Split the order into smaller orders, or shorten its largest texts (notes, descriptions, characteristic values).",
        [new ValidationFailure("", problem)]);

    public static IResult PayloadTooLarge(long limit) => Result(
        StatusCodes.Status413PayloadTooLarge, "payloadTooLarge", "The request body is too large",
        $"The request body exceeds the limit of {limit} bytes.");

    /// <param name="expected">What to send instead, such as "the reference-data document as application/json".</param>
    public static IResult UnsupportedMediaType(string? contentType, string expected)
    {
        var sent = string.IsNullOrEmpty(contentType) ? "A body without a Content-Type" : $"Content-Type '{contentType}'";
        var message = $"{sent} is not taken: send {expected}, in UTF-8 (no charset, or charset=utf-8).";
        return Result(StatusCodes.Status415UnsupportedMediaType, "unsupportedMediaType", "The content type is not supported", message,
            [new ValidationFailure("Content-Type", message)]);
    }

    /// <summary>The error for a status the framework set without a body: no route for the path, a method the route does not take.</summary>
    public static IResult ForStatus(int status, string method) => status switch
    {
        StatusCodes.Status404NotFound => NotFound("The API serves nothing at this path."),
        StatusCodes.Status405MethodNotAllowed => Result(
            status, "methodNotAllowed", "The method is not allowed on this resource", $"This resource does not take {method}."),
        >= StatusCodes.Status500InternalServerError => Result(status, "internalError", "Internal error", "The request failed unexpectedly."),
        _ => Result(status, "badRequest", "The request could not be served", $"The request was answered {status}."),
    };

    public static IResult Result(int status, string code, string reason, string message, IReadOnlyList<ValidationFailure>? details = null) =>
        ToResult(Error(status, code, reason, message, details));

    public static TmfError Error(int status, string code, string reason, string message, IReadOnlyList<ValidationFailure>? details = null) =>
        new(code, reason, message, status.ToString(CultureInfo.InvariantCulture), details);

    public static IResult ToResult(TmfError error) =>
        TypedResults.Json(error, FunctionsJsonContext.Default.TmfError, statusCode: int.Parse(error.Status, CultureInfo.InvariantCulture));
}
