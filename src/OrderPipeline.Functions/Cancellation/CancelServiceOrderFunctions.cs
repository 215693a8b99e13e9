using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.ServiceOrders;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Cancellation;

/// <summary>TMF641 <c>cancelServiceOrder</c>: <c>POST</c> cancels a service order, <c>GET</c> and <c>GET /{id}</c> read the tasks.</summary>
[Tags(Tag)]
public sealed class CancelServiceOrderFunctions(CancelRequests requests)
{
    private const string Tag = "TMF641 Service Ordering";

    [Function(nameof(CreateCancelServiceOrder))]
    [EndpointSummary("Cancel a service order")]
    [EndpointDescription(CancelContract.CreateDescription)]
    [Consumes(typeof(CancelServiceOrder), MediaTypes.Json)]
    [ProducesResponseType<CancelServiceOrder>(StatusCodes.Status201Created, MediaTypes.Json, Description = CancelContract.Created)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", CancelContract.Location)]
    [ProducesResponseType<CancelServiceOrder>(StatusCodes.Status200OK, MediaTypes.Json, Description = CancelContract.AlreadyCancelled)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
        StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)]
    [ResponseHeader(StatusCodes.Status409Conflict, "Retry-After", CancelContract.RetryAfter, IsInteger = true)]
    public Task<IResult> CreateCancelServiceOrder(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.CancelServiceOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.CreateAsync<CancelServiceOrder>(request, cancellationToken);

    [Function(nameof(ListCancelServiceOrders))]
    [EndpointSummary("List service-order cancellations")]
    [EndpointDescription(CancelContract.Listed)]
    [QueryParameters<CancelListQuery<CancelServiceOrder>>]
    [ProducesResponseType<List<CancelServiceOrder>>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Total-Count", CancelContract.TotalCount, IsInteger = true)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Result-Count", CancelContract.ResultCount, IsInteger = true)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest)]
    public Task<IResult> ListCancelServiceOrders(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.CancelServiceOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.ListAsync<CancelServiceOrder>(request, cancellationToken);

    [Function(nameof(RetrieveCancelServiceOrder))]
    [EndpointSummary("Retrieve a service-order cancellation")]
    [EndpointDescription(CancelContract.Retrieved)]
    [ProducesResponseType<CancelServiceOrder>(StatusCodes.Status200OK, MediaTypes.Json)]
    [TmfErrorResponses(StatusCodes.Status404NotFound)]
    public Task<IResult> RetrieveCancelServiceOrder(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.CancelServiceOrders + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        requests.RetrieveAsync<CancelServiceOrder>(id, cancellationToken);
}
