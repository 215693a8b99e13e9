using System.Text.Json;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.WellFormedness;

/// <summary>
/// The order fields that TMF622 ProductOrder_Create and TMF641 ServiceOrder_Create leave to the server and that the
/// resource records do not type. Sent, one would be kept with the fields the pipeline does not read and echoed back as if
/// the server had set it, so each is looked for among those by name, in any case, as the typed fields are bound.
/// </summary>
internal static class ServerOwnedFields
{
    // completionDate and expectedCompletionDate: both Create schemas. cancellationDate and cancellationReason: set when
    // an order is cancelled, which a cancel request asks for. jeopardyAlert and milestone: server-set in TMF641 4.1, and
    // what TMF622 v5 reports by its events of the same names. startDate: TMF641 only; TMF622 has none on the order.
    private static readonly IReadOnlyList<string> Product =
        ["completionDate", "expectedCompletionDate", "cancellationDate", "cancellationReason", "jeopardyAlert", "milestone"];

    private static readonly IReadOnlyList<string> Service =
        ["completionDate", "expectedCompletionDate", "startDate", "cancellationDate", "cancellationReason", "jeopardyAlert", "milestone"];

    public static IReadOnlyList<string> Untyped(OrderType orderType) => orderType == OrderType.Service ? Service : Product;

    /// <summary>True when the client sent <paramref name="name"/> with a value; <c>null</c> counts as not sent, as for the typed fields.</summary>
    public static bool IsSent(IReadOnlyDictionary<string, JsonElement>? extensions, string name) =>
        extensions is not null
        && extensions.Any(pair => pair.Key.Equals(name, StringComparison.OrdinalIgnoreCase) && pair.Value.ValueKind != JsonValueKind.Null);

    public static string Message(string name) => name.StartsWith("cancellation", StringComparison.Ordinal)
        ? $"{name} is set by the server when the order is cancelled and must not be sent"
        : $"{name} is set by the server and must not be sent";
}
