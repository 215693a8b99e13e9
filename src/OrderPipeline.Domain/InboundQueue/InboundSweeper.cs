using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrderPipeline.Domain.InboundQueue;

/// <summary>
/// Finishes entries the queue trigger did not: New ones whose message was lost and InProgress ones whose claimant died.
/// Two sweepers running at once are safe; claims decide who processes an entry.
/// </summary>
public sealed partial class InboundSweeper(
    IInboundEntryStore entries,
    InboundProcessor processor,
    IOptions<InboundQueueOptions> options,
    TimeProvider clock,
    ILogger<InboundSweeper> logger)
{
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var stalled = await entries.FindStalledAsync(now - settings.NewEntryGracePeriod, now, settings.BatchSize, cancellationToken);
        var done = 0;
        var failures = new List<Exception>();
        foreach (var id in stalled)
        {
            try
            {
                if (await processor.ProcessAsync(id, deliveryCount: 1, cancellationToken) == ProcessOutcome.Done) done++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One entry's transient fault must not starve the rest of the batch; the entry stays for the next sweep.
                failures.Add(ex);
            }
        }

        if (stalled.Count > 0) LogSwept(stalled.Count, done, failures.Count);
        if (failures.Count > 0)
        {
            throw new AggregateException($"{failures.Count} of {stalled.Count} stalled inbound entries failed to process.", failures);
        }

        return new SweepResult(stalled.Count, done);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep took {Taken} stalled entries: {Done} done, {Failed} failed")]
    private partial void LogSwept(int taken, int done, int failed);
}
