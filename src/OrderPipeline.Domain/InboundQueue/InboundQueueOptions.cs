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

    /// <summary>
    /// How many table partitions the entries accepted at the same moment are spread over (1, 2, 4, 8 or 16 of 16): more
    /// partitions serve more entities per second in Azure, fewer let group commit put more entries in one transaction.
    /// </summary>
    public int PartitionsAtOnce { get; set; } = 1;

    /// <summary>
    /// Most entries one instance processes at the same time, whatever the queue trigger hands it: the rest wait, so that
    /// processing leaves storage (and CPU) to intake rather than taking as many claims as the queue allows.
    /// </summary>
    public int MaxInFlight { get; set; } = 32;

    /// <summary>How long a Done entry is kept (without its payload) before the purge deletes it. Error entries stay.</summary>
    public TimeSpan DoneRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Attempts before an entry that keeps failing transiently ends in Error (host.json <c>maxDequeueCount</c>).</summary>
    public int MaxAttempts { get; set; } = 5;
}
