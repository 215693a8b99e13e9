using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Cancellation;

/// <summary>TMF622 <c>cancelProductOrder</c>: <c>POST</c> cancels a product order, <c>GET</c> and <c>GET /{id}</c> read the tasks.</summary>
[Tags(Tag)]
public sealed class CancelProductOrderFunctions(CancelRequests requests)
{
    private const string Tag = "TMF622 Product Ordering";

    [Function(nameof(CreateCancelProductOrder))]
    [EndpointSummary("Cancel a product order")]
    [EndpointDescription(CancelContract.CreateDescription)]
    [Consumes(typeof(CancelProductOrder), MediaTypes.Json)]
    [ProducesResponseType<CancelProductOrder>(StatusCodes.Status201Created, MediaTypes.Json, Description = CancelContract.Created)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", CancelContract.Location)]
    [ProducesResponseType<CancelProductOrder>(StatusCodes.Status200OK, MediaTypes.Json, Description = CancelContract.AlreadyCancelled)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
        StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)]
    [ResponseHeader(StatusCodes.Status409Conflict, "Retry-After", CancelContract.RetryAfter, IsInteger = true)]
    public Task<IResult> CreateCancelProductOrder(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.CancelProductOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.CreateAsync<CancelProductOrder>(request, cancellationToken);

    [Function(nameof(ListCancelProductOrders))]
    [EndpointSummary("List product-order cancellations")]
    [EndpointDescription(CancelContract.Listed)]
    [QueryParameters<CancelListQuery<CancelProductOrder>>]
    [ProducesResponseType<List<CancelProductOrder>>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Total-Count", CancelContract.TotalCount, IsInteger = true)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Result-Count", CancelContract.ResultCount, IsInteger = true)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest)]
    public Task<IResult> ListCancelProductOrders(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.CancelProductOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.ListAsync<CancelProductOrder>(request, cancellationToken);

    [Function(nameof(RetrieveCancelProductOrder))]
    [EndpointSummary("Retrieve a product-order cancellation")]
    [EndpointDescription(CancelContract.Retrieved)]
    [ProducesResponseType<CancelProductOrder>(StatusCodes.Status200OK, MediaTypes.Json)]
    [TmfErrorResponses(StatusCodes.Status404NotFound)]
    public Task<IResult> RetrieveCancelProductOrder(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.CancelProductOrders + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        requests.RetrieveAsync<CancelProductOrder>(id, cancellationToken);
}
