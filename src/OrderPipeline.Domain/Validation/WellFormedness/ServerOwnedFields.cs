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

    // What TMF622 and TMF641 leave to the server on an item: its state, and (TMF641 4.1) the errors reported against it.
    private static readonly IReadOnlyList<string> ItemFields = ["state", "errorMessage"];

    /// <summary>
    /// The server-owned fields sent on an item's nested items (bundles: <c>productOrderItem</c> inside a
    /// <c>productOrderItem</c>, kept untyped with the item's other fields), at any depth, each as a path below the item.
    /// The item's own <c>state</c> is typed and checked as such; its own <c>errorMessage</c> is found here.
    /// </summary>
    public static IEnumerable<(string Path, string Name)> SentOnItem(IReadOnlyDictionary<string, JsonElement>? extensions, string items)
    {
        foreach (var (name, value) in extensions ?? new Dictionary<string, JsonElement>())
        {
            if (IsOwned(name, value, out var field) && field != "state")
            {
                yield return (field, field);
            }
            else if (name.Equals(items, StringComparison.OrdinalIgnoreCase) && value.ValueKind == JsonValueKind.Array)
            {
                foreach (var found in SentOnNestedItems(value, items, items))
                {
                    yield return found;
                }
            }
        }
    }

    private static IEnumerable<(string Path, string Name)> SentOnNestedItems(JsonElement nested, string items, string path)
    {
        var index = 0;
        foreach (var item in nested.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var property in item.EnumerateObject())
            {
                if (IsOwned(property.Name, property.Value, out var field))
                {
                    yield return ($"{itemPath}.{field}", field);
                }
                else if (property.Name.Equals(items, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Array)
                {
                    foreach (var found in SentOnNestedItems(property.Value, items, $"{itemPath}.{items}"))
                    {
                        yield return found;
                    }
                }
            }
        }
    }

    private static bool IsOwned(string name, JsonElement value, out string field)
    {
        field = ItemFields.FirstOrDefault(owned => owned.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? "";
        return field.Length > 0 && value.ValueKind != JsonValueKind.Null;
    }

    public static string Message(string name) => name.StartsWith("cancellation", StringComparison.Ordinal)
        ? $"{name} is set by the server when the order is cancelled and must not be sent"
        : $"{name} is set by the server and must not be sent";
}
