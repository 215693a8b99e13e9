using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Orders;

/// <summary>TMF622 Product Ordering: <c>POST</c>, <c>GET</c> and <c>GET /{id}</c> on <c>productOrder</c>.</summary>
[Tags(Tag)]
public sealed class ProductOrderFunctions(OrderRequests requests)
{
    private const string Tag = "TMF622 Product Ordering";

    [Function(nameof(CreateProductOrder))]
    [EndpointSummary("Create a product order")]
    [EndpointDescription(OrderContract.CreateDescription)]
    [Consumes(typeof(ProductOrder), MediaTypes.Json, MediaTypes.Ndjson)]
    [QueryParameters<IntakeModeQuery>]
    [RequestHeader(IdempotencyKeyHeader.Name, OrderContract.IdempotencyKey)]
    [ProducesResponseType<ProductOrder>(StatusCodes.Status201Created, MediaTypes.Json, Description = OrderContract.Created)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", OrderContract.Location)]
    [ResponseHeader(StatusCodes.Status201Created, IdempotencyKeyHeader.ReplayedHeaderName, OrderContract.Replayed)]
    [ProducesResponseType<AsyncAcceptance>(StatusCodes.Status202Accepted, MediaTypes.Json, Description = OrderContract.Accepted)]
    [ResponseHeader(StatusCodes.Status202Accepted, "Location", OrderContract.Location)]
    [ResponseHeader(StatusCodes.Status202Accepted, IdempotencyKeyHeader.ReplayedHeaderName, OrderContract.Replayed)]
    [ProducesResponseType<BulkIntakeAnswer>(StatusCodes.Status207MultiStatus, MediaTypes.Json, Description = OrderContract.BulkAnswered)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status503ServiceUnavailable)]
    [ResponseHeader(StatusCodes.Status503ServiceUnavailable, "Retry-After", OrderContract.RetryAfter, IsInteger = true)]
    public Task<IResult> CreateProductOrder(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.ProductOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.CreateAsync<ProductOrder>(request, cancellationToken);

    [Function(nameof(ListProductOrders))]
    [EndpointSummary("List product orders")]
    [EndpointDescription(OrderContract.Listed)]
    [QueryParameters<OrderListQuery>]
    [ProducesResponseType<List<ProductOrder>>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Total-Count", OrderContract.TotalCount, IsInteger = true)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Result-Count", OrderContract.ResultCount, IsInteger = true)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable)]
    [ResponseHeader(StatusCodes.Status503ServiceUnavailable, "Retry-After", OrderContract.RetryAfter, IsInteger = true)]
    public Task<IResult> ListProductOrders(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ProductOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.ListAsync<ProductOrder>(request, cancellationToken);

    [Function(nameof(RetrieveProductOrder))]
    [EndpointSummary("Retrieve a product order")]
    [EndpointDescription(OrderContract.Retrieved)]
    [ProducesResponseType<ProductOrder>(StatusCodes.Status200OK, MediaTypes.Json)]
    [TmfErrorResponses(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)]
    [ResponseHeader(StatusCodes.Status503ServiceUnavailable, "Retry-After", OrderContract.RetryAfter, IsInteger = true)]
    public Task<IResult> RetrieveProductOrder(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ProductOrders + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        requests.RetrieveAsync<ProductOrder>(id, cancellationToken);
}
