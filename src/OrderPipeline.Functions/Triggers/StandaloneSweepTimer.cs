using Microsoft.Extensions.Options;
using NCrontab;
using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Functions.Triggers;

/// <summary>
/// The timer trigger of <c>SweepInboundQueue</c> when no Functions host runs the app, on the same six-field
/// NCRONTAB schedule (<c>InboundQueue__SweepSchedule</c>). Several instances may fire at once; claims keep that safe.
/// </summary>
internal sealed partial class StandaloneSweepTimer(
    InboundSweeper sweeper,
    IOptions<InboundQueueOptions> options,
    TimeProvider clock,
    ILogger<StandaloneSweepTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CrontabSchedule.Parse(options.Value.SweepSchedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now);
            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await sweeper.SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // As under the host, a failed occurrence is logged and the next one runs on schedule;
                // the entries it could not finish are still there for that one.
                LogSweepFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SweepInboundQueue failed")]
    private partial void LogSweepFailed(Exception exception);
}
