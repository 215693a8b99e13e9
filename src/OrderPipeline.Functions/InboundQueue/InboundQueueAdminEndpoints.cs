using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Security;

namespace OrderPipeline.Functions.InboundQueue;

/// <summary><c>/admin/inboundQueue</c>: watch entries by state, inspect one, retry one in Error.</summary>
internal static class InboundQueueAdminEndpoints
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;
    private static readonly HashSet<string> Known = ["state", "offset", "limit", FunctionKeyMiddleware.QueryName];

    public static void MapInboundQueueAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFunction(FunctionCatalog.ListInboundEntries, ListAsync);
        endpoints.MapFunction(FunctionCatalog.SummarizeInboundQueue, SummarizeAsync);
        endpoints.MapFunction(FunctionCatalog.RetrieveInboundEntry, RetrieveAsync);
        endpoints.MapFunction(FunctionCatalog.RetryInboundEntry, RetryAsync);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, InboundQueueAdmin admin, CancellationToken cancellationToken)
    {
        if (request.Query.FindUnacceptable(Known) is (string name, string problem))
        {
            return TmfErrors.InvalidQuery(name, problem);
        }

        InboundState? state = null;
        if (request.Query.Single("state") is { } stateText)
        {
            // By name only: Enum.TryParse would also take numbers and comma-separated lists ("InProgress,Done" is Error).
            var names = Enum.GetNames<InboundState>();
            if (names.FirstOrDefault(name => name.Equals(stateText, StringComparison.OrdinalIgnoreCase)) is not { } stateName)
            {
                return TmfErrors.InvalidQuery("state", $"state must be one of {string.Join(", ", names)}.");
            }

            state = Enum.Parse<InboundState>(stateName);
        }

        if (!request.Query.TryGetInt("offset", 0, 0, int.MaxValue, out var offset))
        {
            return TmfErrors.InvalidQuery("offset", "offset must be a whole number, 0 or more.");
        }

        if (!request.Query.TryGetInt("limit", DefaultLimit, 1, MaxLimit, out var limit))
        {
            return TmfErrors.InvalidQuery("limit", $"limit must be a whole number from 1 to {MaxLimit}.");
        }

        var page = await admin.ListAsync(state, offset, limit, cancellationToken);
        var headers = QueryParameters.CountHeaders(page.TotalCount, page.Entries.Count);
        var views = page.Entries.Select(entry => InboundEntryView.From(entry, withHistory: false)).ToList();
        return JsonResourceResult.Ok(views, FunctionsJsonContext.Default.ListInboundEntryView, headers);
    }

    private static async Task<IResult> SummarizeAsync(InboundQueueAdmin admin, CancellationToken cancellationToken)
    {
        var counts = await admin.SummarizeAsync(cancellationToken);
        var summary = counts.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value);
        return JsonResourceResult.Ok(summary, FunctionsJsonContext.Default.DictionaryStringInt32);
    }

    private static async Task<IResult> RetrieveAsync(string id, InboundQueueAdmin admin, CancellationToken cancellationToken)
    {
        var entry = await admin.FindAsync(id, cancellationToken);
        return entry is null
            ? TmfErrors.NotFound($"No inbound entry with id '{id}'.")
            : JsonResourceResult.Ok(InboundEntryView.From(entry, withHistory: true), FunctionsJsonContext.Default.InboundEntryView);
    }

    private static async Task<IResult> RetryAsync(string id, InboundQueueAdmin admin, CancellationToken cancellationToken)
    {
        try
        {
            var entry = await admin.RetryAsync(id, cancellationToken);
            return entry is null
                ? TmfErrors.NotFound($"No inbound entry with id '{id}'.")
                : JsonResourceResult.Ok(InboundEntryView.From(entry, withHistory: true), FunctionsJsonContext.Default.InboundEntryView);
        }
        catch (InvalidInboundTransitionException ex)
        {
            return TmfErrors.Conflict($"Only an entry in Error can be retried; entry '{id}' is {ex.From}.");
        }
    }
}
