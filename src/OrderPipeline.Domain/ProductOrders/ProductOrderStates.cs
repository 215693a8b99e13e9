namespace OrderPipeline.Domain.ProductOrders;

/// <summary>The ProductOrderStateType values this pipeline sets.</summary>
public static class ProductOrderStates
{
    public const string Acknowledged = "acknowledged";
    public const string Rejected = "rejected";
}
