namespace OrderPipeline.Domain.Events;

/// <summary>
/// The <c>query</c> of a hub registration. What is understood is the event type, as TMF examples write it:
/// <c>eventType=ProductOrderStateChangeEvent</c>, several types separated by commas, spaces around <c>=</c> allowed.
/// An empty query asks for every event of the API.
/// </summary>
public static class HubQuery
{
    public const string EventType = "eventType";

    /// <param name="eventTypes">The types asked for; null for all.</param>
    /// <param name="error">Why the query is refused.</param>
    public static bool TryParse(string? query, OrderType orderType, out IReadOnlySet<string>? eventTypes, out string? error)
    {
        eventTypes = null;
        error = null;
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }

        var known = OrderEventTypes.Of(orderType);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in query.Split('&', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0] != EventType)
            {
                error = $"query '{query}' is not understood: give {EventType}=<type>[,<type>…], such as {EventType}={known[1]}.";
                return false;
            }

            foreach (var type in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!known.Contains(type))
                {
                    error = $"eventType '{type}' is not raised by this API; it raises {string.Join(", ", known)}.";
                    return false;
                }

                asked.Add(type);
            }
        }

        if (asked.Count == 0)
        {
            error = $"query '{query}' names no event type.";
            return false;
        }

        eventTypes = asked;
        return true;
    }
}
