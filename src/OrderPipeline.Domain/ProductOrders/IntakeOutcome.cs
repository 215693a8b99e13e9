namespace OrderPipeline.Domain.ProductOrders;

public enum IntakeOutcome
{
    Created,
    Accepted,
    Invalid,
}
