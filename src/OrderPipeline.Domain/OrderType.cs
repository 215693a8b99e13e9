namespace OrderPipeline.Domain;

/// <summary>The kind of order: a TMF622 product order or a TMF641 service order.</summary>
public enum OrderType
{
    Product,
    Service,
}
