using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.InboundQueue;

/// <summary><c>/manage/inboundQueue</c>: watch entries by state, count them, inspect one, retry or delete one in Error.</summary>
[Tags("Inbound queue")]
public sealed class InboundQueueFunctions(InboundQueueAdmin admin)
{
    private const string OldestFirst = InboundEntryListQuery.OldestFirst;
    private const string NewestFirst = InboundEntryListQuery.NewestFirst;

    // What the list takes is what its description shows, and the key.
    private static readonly HashSet<string> Known = [.. InboundEntryListQuery.Parameters.Select(parameter => parameter.Name), Routes.KeyQueryParameter];

    [Function(nameof(ListInboundEntries))]
    [EndpointSummary("List inbound entries")]
    [EndpointDescription("Entries of the inbound queue, optionally in one state, paged.")]
    [QueryParameters<InboundEntryListQuery>]
    [ProducesResponseType<List<InboundEntryView>>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Total-Count", "How many entries match, over all pages.", IsInteger = true)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Result-Count", "How many entries this page holds.", IsInteger = true)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable)]
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

        if (!Paging.TryRead(request.Query, InboundEntryListQuery.DefaultLimit, InboundEntryListQuery.MaxLimit, out var offset, out var limit, out var pagingError))
        {
            return pagingError;
        }

        var page = await admin.ListAsync(state, offset, limit, sort == NewestFirst, cancellationToken);
        var headers = QueryParameters.CountHeaders(page.TotalCount, page.Entries.Count);
        var views = page.Entries.Select(entry => InboundEntryView.From(entry, withHistory: false)).ToList();
        return JsonResourceResult.Ok(views, FunctionsJsonContext.Default.ListInboundEntryView, headers);
    }

    [Function(nameof(SummarizeInboundQueue))]
    [EndpointSummary("Count inbound entries per state")]
    [EndpointDescription("How many entries are New, InProgress, Done and Error, as {\"New\": n, …}.")]
    [ProducesResponseType<Dictionary<string, int>>(StatusCodes.Status200OK, MediaTypes.Json)]
    [TmfErrorResponses(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IResult> SummarizeInboundQueue(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.InboundQueue + "/summary")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var counts = await admin.SummarizeAsync(cancellationToken);
        var summary = counts.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value);
        return JsonResourceResult.Ok(summary, FunctionsJsonContext.Default.DictionaryStringInt32);
    }

    [Function(nameof(RetrieveInboundEntry))]
    [EndpointSummary("Retrieve an inbound entry")]
    [EndpointDescription("The entry with its history of transitions, its error (errorDetail is for the admin only) and its order's id.")]
    [ProducesResponseType<InboundEntryView>(StatusCodes.Status200OK, MediaTypes.Json)]
    [TmfErrorResponses(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)]
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
    [EndpointSummary("Retry an inbound entry in Error")]
    [EndpointDescription("Puts an entry in Error back to New and queues it again; an entry in any other state is 409.")]
    [ProducesResponseType<InboundEntryView>(StatusCodes.Status200OK, MediaTypes.Json)]
    [TmfErrorResponses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status503ServiceUnavailable)]
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
    [EndpointSummary("Delete an inbound entry in Error")]
    [EndpointDescription("Deletes an entry in Error for good (its order is not created); an entry in any other state is 409.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [TmfErrorResponses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status503ServiceUnavailable)]
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
