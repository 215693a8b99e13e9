namespace OrderPipeline.Functions.Hosting;

/// <summary>
/// The queue trigger's settings, read from host.json <c>extensions.queues</c> (overridable with
/// <c>AzureFunctionsJobHost__extensions__queues__*</c>, as under the host), so the function app and the development host agree on them.
/// </summary>
public sealed class QueueTriggerOptions
{
    public const string SectionName = HostJsonConfiguration.SectionName + ":extensions:queues";

    public int BatchSize { get; set; } = 16;
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a failed message stays invisible before its next delivery.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a received message stays hidden while it is processed (the host renews it; we take it long enough).</summary>
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
