using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.ServiceOrders;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Orders;

/// <summary>TMF641 Service Ordering: <c>POST</c>, <c>GET</c> and <c>GET /{id}</c> on <c>serviceOrder</c>.</summary>
public sealed class ServiceOrderFunctions(OrderRequests requests)
{
    [Function(nameof(CreateServiceOrder))]
    public Task<IResult> CreateServiceOrder(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.ServiceOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.CreateAsync<ServiceOrder>(request, cancellationToken);

    [Function(nameof(ListServiceOrders))]
    public Task<IResult> ListServiceOrders(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ServiceOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.ListAsync<ServiceOrder>(request, cancellationToken);

    [Function(nameof(RetrieveServiceOrder))]
    public Task<IResult> RetrieveServiceOrder(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ServiceOrders + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        requests.RetrieveAsync<ServiceOrder>(id, cancellationToken);
}
