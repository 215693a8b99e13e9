using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>Turns a submitted product order into the resource the server answers with.</summary>
public static class ProductOrderResource
{
    public const string BasePath = "/tmf-api/productOrderingManagement/v4/productOrder";

    public static string HrefFor(string id) => $"{BasePath}/{id}";

    /// <summary>The order as acknowledged: server-owned fields set, every submitted field kept.</summary>
    public static ProductOrder Acknowledge(ProductOrder submitted, string id, DateTimeOffset orderDate) =>
        WithServerFields(submitted, id, orderDate, ProductOrderStates.Acknowledged);

    /// <summary>The order as rejected by processing, with the reason in <c>errorMessage</c>.</summary>
    public static ProductOrder Reject(ProductOrder submitted, string id, DateTimeOffset orderDate, OrderErrorMessage error) =>
        WithServerFields(submitted, id, orderDate, ProductOrderStates.Rejected) with { ErrorMessage = [error] };

    private static ProductOrder WithServerFields(ProductOrder submitted, string id, DateTimeOffset orderDate, string state) => submitted with
    {
        Id = id,
        Href = HrefFor(id),
        OrderDate = TmfDate.Format(orderDate),
        State = state,
        Type = submitted.Type ?? "ProductOrder",
        ProductOrderItem = submitted.ProductOrderItem?.Select(item => item with { State = state }).ToList(),
    };
}
