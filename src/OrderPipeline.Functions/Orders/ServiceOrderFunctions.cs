using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.ServiceOrders;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Orders;

/// <summary>TMF641 Service Ordering: <c>POST</c>, <c>GET</c> and <c>GET /{id}</c> on <c>serviceOrder</c>.</summary>
[Tags(Tag)]
public sealed class ServiceOrderFunctions(OrderRequests requests)
{
    private const string Tag = "TMF641 Service Ordering";

    [Function(nameof(CreateServiceOrder))]
    [EndpointSummary("Create a service order")]
    [EndpointDescription(OrderContract.CreateDescription)]
    [Consumes(typeof(ServiceOrder), MediaTypes.Json, MediaTypes.Ndjson)]
    [QueryParameters<IntakeModeQuery>]
    [RequestHeader(IdempotencyKeyHeader.Name, OrderContract.IdempotencyKey)]
    [ProducesResponseType<ServiceOrder>(StatusCodes.Status201Created, MediaTypes.Json, Description = OrderContract.Created)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", OrderContract.Location)]
    [ResponseHeader(StatusCodes.Status201Created, IdempotencyKeyHeader.ReplayedHeaderName, OrderContract.Replayed)]
    [ProducesResponseType<AsyncAcceptance>(StatusCodes.Status202Accepted, MediaTypes.Json, Description = OrderContract.Accepted)]
    [ResponseHeader(StatusCodes.Status202Accepted, "Location", OrderContract.Location)]
    [ResponseHeader(StatusCodes.Status202Accepted, IdempotencyKeyHeader.ReplayedHeaderName, OrderContract.Replayed)]
    [ProducesResponseType<BulkIntakeAnswer>(StatusCodes.Status207MultiStatus, MediaTypes.Json, Description = OrderContract.BulkAnswered)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status503ServiceUnavailable)]
    [ResponseHeader(StatusCodes.Status503ServiceUnavailable, "Retry-After", OrderContract.RetryAfter, IsInteger = true)]
    public Task<IResult> CreateServiceOrder(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.ServiceOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.CreateAsync<ServiceOrder>(request, cancellationToken);

    [Function(nameof(ListServiceOrders))]
    [EndpointSummary("List service orders")]
    [EndpointDescription(OrderContract.Listed)]
    [QueryParameters<OrderListQuery>]
    [ProducesResponseType<List<ServiceOrder>>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Total-Count", OrderContract.TotalCount, IsInteger = true)]
    [ResponseHeader(StatusCodes.Status200OK, "X-Result-Count", OrderContract.ResultCount, IsInteger = true)]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status503ServiceUnavailable)]
    [ResponseHeader(StatusCodes.Status503ServiceUnavailable, "Retry-After", OrderContract.RetryAfter, IsInteger = true)]
    public Task<IResult> ListServiceOrders(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ServiceOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.ListAsync<ServiceOrder>(request, cancellationToken);

    [Function(nameof(RetrieveServiceOrder))]
    [EndpointSummary("Retrieve a service order")]
    [EndpointDescription(OrderContract.Retrieved)]
    [ProducesResponseType<ServiceOrder>(StatusCodes.Status200OK, MediaTypes.Json)]
    [TmfErrorResponses(StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)]
    [ResponseHeader(StatusCodes.Status503ServiceUnavailable, "Retry-After", OrderContract.RetryAfter, IsInteger = true)]
    public Task<IResult> RetrieveServiceOrder(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ServiceOrders + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        requests.RetrieveAsync<ServiceOrder>(id, cancellationToken);
}
