using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.InboundQueue;

/// <summary><c>/manage/inboundQueue</c>: watch entries by state, count them, inspect one, retry or delete one in Error.</summary>
public sealed class InboundQueueFunctions(InboundQueueAdmin admin)
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;
    private const string OldestFirst = "createdAt";
    private const string NewestFirst = "-createdAt";
    private static readonly HashSet<string> Known = ["state", "sort", "offset", "limit", Routes.KeyQueryParameter];

    [Function(nameof(ListInboundEntries))]
    public async Task<IResult> ListInboundEntries(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.InboundQueue)] HttpRequest request,
        CancellationToken cancellationToken)
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

        var sort = request.Query.Single("sort") ?? OldestFirst;
        if (sort is not (OldestFirst or NewestFirst))
        {
            return TmfErrors.InvalidQuery("sort", $"sort must be {OldestFirst} (oldest first, the default) or {NewestFirst} (newest first).");
        }

        if (!request.Query.TryGetInt("offset", 0, 0, int.MaxValue, out var offset))
        {
            return TmfErrors.InvalidQuery("offset", "offset must be a whole number, 0 or more.");
        }

        if (!request.Query.TryGetInt("limit", DefaultLimit, 1, MaxLimit, out var limit))
        {
            return TmfErrors.InvalidQuery("limit", $"limit must be a whole number from 1 to {MaxLimit}.");
        }

        var page = await admin.ListAsync(state, offset, limit, sort == NewestFirst, cancellationToken);
        var headers = QueryParameters.CountHeaders(page.TotalCount, page.Entries.Count);
        var views = page.Entries.Select(entry => InboundEntryView.From(entry, withHistory: false)).ToList();
        return JsonResourceResult.Ok(views, FunctionsJsonContext.Default.ListInboundEntryView, headers);
    }

    [Function(nameof(SummarizeInboundQueue))]
    public async Task<IResult> SummarizeInboundQueue(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.InboundQueue + "/summary")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var counts = await admin.SummarizeAsync(cancellationToken);
        var summary = counts.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value);
        return JsonResourceResult.Ok(summary, FunctionsJsonContext.Default.DictionaryStringInt32);
    }

    [Function(nameof(RetrieveInboundEntry))]
    public async Task<IResult> RetrieveInboundEntry(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.InboundQueue + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var entry = await admin.FindAsync(id, cancellationToken);
        return entry is null
            ? TmfErrors.NotFound($"No inbound entry with id '{id}'.")
            : JsonResourceResult.Ok(InboundEntryView.From(entry, withHistory: true), FunctionsJsonContext.Default.InboundEntryView);
    }

    [Function(nameof(RetryInboundEntry))]
    public async Task<IResult> RetryInboundEntry(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = Routes.InboundQueue + "/{id}/retry")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
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

    [Function(nameof(DeleteInboundEntry))]
    public async Task<IResult> DeleteInboundEntry(
        [HttpTrigger(AuthorizationLevel.Admin, "delete", Route = Routes.InboundQueue + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        await admin.DeleteFailedAsync(id, cancellationToken) switch
        {
            null => TmfErrors.NotFound($"No inbound entry with id '{id}'."),
            false => TmfErrors.Conflict($"Only an entry in Error can be deleted; entry '{id}' is not (or was moved meanwhile)."),
            true => Results.NoContent(),
        };
}
