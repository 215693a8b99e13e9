namespace OrderPipeline.Functions.ProductOrders;

/// <summary>App settings <c>Intake__*</c>: limits on what a client may send.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>The largest request body accepted, in bytes; above it the answer is 413.</summary>
    public long MaxRequestBytes { get; set; } = 32 * 1024 * 1024;
}
