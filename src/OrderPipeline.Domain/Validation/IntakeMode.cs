namespace OrderPipeline.Domain.Validation;

/// <summary>How an order comes in: answered with the created order (sync) or recorded in the inbound queue (async).</summary>
public enum IntakeMode
{
    Sync,
    Async,
}
