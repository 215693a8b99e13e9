using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Orders;

/// <summary>TMF622 Product Ordering: <c>POST</c>, <c>GET</c> and <c>GET /{id}</c> on <c>productOrder</c>.</summary>
public sealed class ProductOrderFunctions(OrderRequests requests)
{
    [Function(nameof(CreateProductOrder))]
    public Task<IResult> CreateProductOrder(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.ProductOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.CreateAsync<ProductOrder>(request, cancellationToken);

    [Function(nameof(ListProductOrders))]
    public Task<IResult> ListProductOrders(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ProductOrders)] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.ListAsync<ProductOrder>(request, cancellationToken);

    [Function(nameof(RetrieveProductOrder))]
    public Task<IResult> RetrieveProductOrder(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.ProductOrders + "/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        requests.RetrieveAsync<ProductOrder>(id, cancellationToken);
}
