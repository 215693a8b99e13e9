using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Functions.InboundQueue;

/// <summary>
/// <c>SweepInboundQueue</c>, on the schedule in the app setting <c>InboundQueueSweepSchedule</c>: takes New entries whose
/// message was lost and InProgress entries past their lease through the same processor, after carrying on the
/// cancellations cut off half-way (first, so that an entry a client cancelled is not processed meanwhile). Safe when two
/// instances sweep at once.
/// </summary>
public sealed partial class SweepInboundQueueFunction(
    InboundSweeper sweeper, OrderCancellation cancellations, IOptions<InboundQueueOptions> options, ILogger<SweepInboundQueueFunction> logger)
{
    /// <summary>A flat setting name: the host resolves <c>%name%</c> from app settings and cannot see <c>Section__Key</c>.</summary>
    public const string ScheduleSetting = "InboundQueueSweepSchedule";

    [Function(nameof(SweepInboundQueue))]
    public async Task SweepInboundQueue([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cancelled = await cancellations.FinishUnfinishedAsync(settings.NewEntryGracePeriod, settings.BatchSize, cancellationToken);
        if (cancelled > 0) LogCancellations(cancelled);
        var result = await sweeper.SweepAsync(cancellationToken);
        LogSwept(result.Taken, result.Done);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Carried on {Count} cancellation(s) cut off half-way")]
    private partial void LogCancellations(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Swept the inbound queue: took {Taken}, done {Done}")]
    private partial void LogSwept(int taken, int done);
}
