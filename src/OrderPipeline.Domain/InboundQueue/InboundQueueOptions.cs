namespace OrderPipeline.Domain.InboundQueue;

/// <summary>App settings <c>InboundQueue__*</c>: how entries are processed and swept.</summary>
public sealed class InboundQueueOptions
{
    public const string SectionName = "InboundQueue";

    /// <summary>Most entries one sweep takes.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claim holds an entry before the sweeper may take it over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a New entry waits for its queue message before the sweeper takes it as lost.</summary>
    public TimeSpan NewEntryGracePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts before an entry that keeps failing transiently ends in Error (host.json <c>maxDequeueCount</c>).</summary>
    public int MaxAttempts { get; set; } = 5;
}
