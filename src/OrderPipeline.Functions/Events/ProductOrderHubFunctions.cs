using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Events;

/// <summary>TMF622 <c>/hub</c>: <c>POST</c> registers a listener for product-order events, <c>DELETE /{id}</c> removes it.</summary>
[Tags(Tag)]
public sealed class ProductOrderHubFunctions(HubRequests requests)
{
    private const string Tag = "TMF622 Product Ordering";

    [Function(nameof(RegisterProductOrderListener))]
    [EndpointSummary("Register a listener for product-order events")]
    [EndpointDescription(HubContract.RegisterDescription)]
    [Consumes(typeof(EventSubscriptionInput), MediaTypes.Json)]
    [ProducesResponseType<EventSubscription>(StatusCodes.Status201Created, MediaTypes.Json, Description = HubContract.Registered)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", HubContract.Location)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)]
    public Task<IResult> RegisterProductOrderListener(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.ProductOrderHub)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.RegisterAsync(OrderType.Product, Routes.ProductOrderHub, request, cancellationToken);

    [Function(nameof(UnregisterProductOrderListener))]
    [EndpointSummary("Remove a product-order listener")]
    [EndpointDescription(HubContract.UnregisterDescription)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [TmfErrorResponses(StatusCodes.Status404NotFound)]
    public Task<IResult> UnregisterProductOrderListener(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Routes.ProductOrderHub + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        requests.UnregisterAsync(OrderType.Product, id, cancellationToken);
}
