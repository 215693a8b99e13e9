using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Hosting;

/// <summary><c>offset</c> and <c>limit</c> as every list takes them: described once for the API description, read once.</summary>
internal static class Paging
{
    /// <param name="items">What the list holds, such as "orders", for the descriptions.</param>
    public static IReadOnlyList<QueryParameter> Parameters(string items, int defaultLimit, int maxLimit) =>
    [
        new("offset", $"How many matching {items} to skip, for paging.") { Minimum = 0, Default = 0 },
        new("limit", $"How many {items} to answer at most.") { Minimum = 1, Maximum = maxLimit, Default = defaultLimit },
    ];

    /// <returns>False with the TMF error when either is not a whole number within its range; absent ones take their defaults.</returns>
    public static bool TryRead(IQueryCollection query, int defaultLimit, int maxLimit, out int offset, out int limit, out IResult error)
    {
        error = Results.Empty;
        limit = defaultLimit;
        if (!query.TryGetInt("offset", 0, 0, int.MaxValue, out offset))
        {
            error = TmfErrors.InvalidQuery("offset", $"offset must be a whole number from 0 to {int.MaxValue}.");
            return false;
        }

        if (!query.TryGetInt("limit", defaultLimit, 1, maxLimit, out limit))
        {
            error = TmfErrors.InvalidQuery("limit", $"limit must be a whole number from 1 to {maxLimit}.");
            return false;
        }

        return true;
    }
}
