using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Functions.InboundQueue;

/// <summary>
/// <c>PurgeInboundQueue</c>, on the schedule in the app setting <c>InboundQueuePurgeSchedule</c>: deletes entries Done for
/// longer than <c>InboundQueue__DoneRetention</c>. Safe when two instances purge at once.
/// </summary>
public sealed partial class PurgeInboundQueueFunction(InboundEntryPurge purge, ILogger<PurgeInboundQueueFunction> logger)
{
    /// <summary>A flat setting name: the host resolves <c>%name%</c> from app settings and cannot see <c>Section__Key</c>.</summary>
    public const string ScheduleSetting = "InboundQueuePurgeSchedule";

    [Function(nameof(PurgeInboundQueue))]
    public async Task PurgeInboundQueue([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        LogPurged(await purge.PurgeAsync(cancellationToken));

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} inbound entries Done for longer than the retention")]
    private partial void LogPurged(int count);
}
