using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Events;

/// <summary>TMF641 <c>/hub</c>: <c>POST</c> registers a listener for service-order events, <c>DELETE /{id}</c> removes it.</summary>
[Tags(Tag)]
public sealed class ServiceOrderHubFunctions(HubRequests requests)
{
    private const string Tag = "TMF641 Service Ordering";

    [Function(nameof(RegisterServiceOrderListener))]
    [EndpointSummary("Register a listener for service-order events")]
    [EndpointDescription(HubContract.RegisterDescription)]
    [Consumes(typeof(EventSubscriptionInput), MediaTypes.Json)]
    [ProducesResponseType<EventSubscription>(StatusCodes.Status201Created, MediaTypes.Json, Description = HubContract.Registered)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", HubContract.Location)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)]
    public Task<IResult> RegisterServiceOrderListener(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.ServiceOrderHub)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.RegisterAsync(OrderType.Service, Routes.ServiceOrderHub, request, cancellationToken);

    [Function(nameof(UnregisterServiceOrderListener))]
    [EndpointSummary("Remove a service-order listener")]
    [EndpointDescription(HubContract.UnregisterDescription)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [TmfErrorResponses(StatusCodes.Status404NotFound)]
    public Task<IResult> UnregisterServiceOrderListener(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Routes.ServiceOrderHub + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        requests.UnregisterAsync(OrderType.Service, id, cancellationToken);
}
