namespace OrderPipeline.Domain.Ordering;

/// <summary>App settings <c>Listing__*</c>: how much list work one instance takes on at a time.</summary>
public sealed class ListingOptions
{
    public const string SectionName = "Listing";

    /// <summary>
    /// The most order lists one instance answers at the same time. A list reads up to a thousand orders and holds them
    /// in memory; more at once would take storage and CPU from order intake and the health check.
    /// </summary>
    public int MaxConcurrent { get; set; } = 4;

    /// <summary>How long a list waits for one of those places before it is answered 503 <c>tooBusy</c>.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(2);
}
