namespace OrderPipeline.Domain.Ordering;

/// <summary>What a customer order line does to the customer's products or services.</summary>
public enum LineAction
{
    Add,
    Change,
    Disconnect,
    NoChange,
}
