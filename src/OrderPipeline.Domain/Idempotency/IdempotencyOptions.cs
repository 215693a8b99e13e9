namespace OrderPipeline.Domain.Idempotency;

/// <summary>App settings <c>Idempotency__*</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a key keeps answering repeats; after it the same key starts a new order.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
}
