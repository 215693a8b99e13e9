using System.Globalization;

namespace OrderPipeline.Functions.Hosting;

/// <summary>Reading paging parameters the same way on every list endpoint, and answering with TMF's count headers.</summary>
internal static class QueryParameters
{
    public static string? Single(this IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>True when the parameter is absent (<paramref name="value"/> is then <paramref name="fallback"/>) or a whole number within range.</summary>
    public static bool TryGetInt(this IQueryCollection query, string name, int fallback, int min, int max, out int value)
    {
        value = fallback;
        return query.Single(name) is not { } text
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }

    /// <summary>
    /// The first parameter that is not one of <paramref name="known"/>, is given more than once, or holds a control
    /// character (which no value of ours has), with why; null when every parameter is acceptable.
    /// </summary>
    public static (string Name, string Problem)? FindUnacceptable(this IQueryCollection query, IReadOnlySet<string> known)
    {
        foreach (var (name, values) in query)
        {
            if (!known.Contains(name)) return (name, $"'{name}' is not a parameter of this list; use {string.Join(", ", known)}.");
            if (values.Count > 1) return (name, $"{name} is given {values.Count} times; give it once.");
            if (values.ToString().Any(char.IsControl)) return (name, $"{name} holds a control character.");
        }

        return null;
    }

    /// <summary>X-Result-Count, and X-Total-Count when the total is known.</summary>
    public static Dictionary<string, string> CountHeaders(int? totalCount, int resultCount)
    {
        var headers = new Dictionary<string, string> { ["X-Result-Count"] = resultCount.ToString(CultureInfo.InvariantCulture) };
        if (totalCount is { } total) headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        return headers;
    }
}
