using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.Events;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Events;

/// <summary><c>/manage/hubEvents/undelivered</c>: hub events the pipeline gave up delivering, newest first.</summary>
[Tags("Hub events")]
public sealed class UndeliveredEventFunctions(IUndeliveredEvents undelivered)
{
    private static readonly HashSet<string> Known = [.. UndeliveredEventListQuery.Parameters.Select(parameter => parameter.Name), Routes.KeyQueryParameter];

    [Function(nameof(ListUndeliveredEvents))]
    [EndpointSummary("List undelivered hub events")]
    [EndpointDescription(
        "Events given up on for a listener, newest first: out of attempts (Hub:MaxAttempts), or the callback no longer allowed " +
        "(Hub:AllowedCallbackHosts). Each item names the listener, its callback, the attempts, the last error and the event as it would have been posted.")]
    [QueryParameters<UndeliveredEventListQuery>]
    [ProducesResponseType<List<UndeliveredEventView>>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Total-Count", "How many undelivered events there are, over all pages.", IsInteger = true)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Result-Count", "How many events this page holds.", IsInteger = true)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable)]
    public async Task<IResult> ListUndeliveredEvents(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.HubEvents + "/undelivered")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (request.Query.FindUnacceptable(Known) is (string name, string problem))
        {
            return TmfErrors.InvalidQuery(name, problem);
        }

        if (!Paging.TryRead(request.Query, UndeliveredEventListQuery.DefaultLimit, UndeliveredEventListQuery.MaxLimit, out var offset, out var limit, out var pagingError))
        {
            return pagingError;
        }

        var page = await undelivered.ListAsync(offset, limit, cancellationToken);
        var views = page.Events.Select(UndeliveredEventView.From).ToList();
        return JsonResourceResult.Ok(views, FunctionsJsonContext.Default.ListUndeliveredEventView, QueryParameters.CountHeaders(page.TotalCount, views.Count));
    }
}
