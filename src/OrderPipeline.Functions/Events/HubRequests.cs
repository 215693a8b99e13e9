using OrderPipeline.Domain;
using OrderPipeline.Domain.Events;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Orders;

namespace OrderPipeline.Functions.Events;

/// <summary>TMF622 and TMF641 <c>/hub</c> over HTTP: register a listener, remove it. Written once for both APIs.</summary>
public sealed class HubRequests(HubListeners hub, RequestBodyBudget budget)
{
    // A registration is a URL and a short query.
    private const int MaxBodyBytes = 16 * 1024;

    public async Task<IResult> RegisterAsync(OrderType orderType, string hubRoute, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypes.Is(request.ContentType, MediaTypes.Json))
        {
            return TmfErrors.UnsupportedMediaType(request.ContentType, $"the registration as {MediaTypes.Json}: {{\"callback\": URL, \"query\": …}}");
        }

        var (json, tooLarge) = await OrderRequestBody.ReadBufferedAsync(request, MaxBodyBytes, budget, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var (input, error) = OrderRequestBody.Parse(json.Span, FunctionsJsonContext.Default.EventSubscriptionInput, MaxBodyBytes);
        if (input is null)
        {
            return TmfErrors.ToResult(error!);
        }

        var (listener, refused) = await hub.RegisterAsync(orderType, input.Callback, input.Query, cancellationToken);
        if (listener is null)
        {
            return TmfErrors.InvalidBody(refused!, refused!.StartsWith("callback", StringComparison.Ordinal) ? "callback" : "query");
        }

        return JsonResourceResult.WithLocation(StatusCodes.Status201Created, $"/{hubRoute}/{listener.Id}",
            new EventSubscription(listener.Id, listener.Callback, listener.Query), FunctionsJsonContext.Default.EventSubscription);
    }

    public async Task<IResult> UnregisterAsync(OrderType orderType, string id, CancellationToken cancellationToken) =>
        await hub.UnregisterAsync(orderType, id, cancellationToken)
            ? Results.NoContent()
            : TmfErrors.NotFound($"No listener with id '{id}' on this hub.");
}
