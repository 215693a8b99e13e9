using NCrontab;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Triggers;

/// <summary>
/// The timer trigger of one timer function when no Functions host runs the app, on the same six-field NCRONTAB
/// schedule the function's setting gives the host. Several instances may fire at once; each function is safe with that.
/// </summary>
internal sealed partial class StandaloneTimer(
    TimerFunction function,
    string schedule,
    Func<CancellationToken, Task> run,
    TimeProvider clock,
    ILogger<StandaloneTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var occurrences = CrontabSchedule.Parse(schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = occurrences.GetNextOccurrence(now);
            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await run(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // As under the host, a failed occurrence is logged and the next one runs on schedule;
                // what it could not finish is still there for that one.
                LogOccurrenceFailed(ex, function.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{FunctionName} failed")]
    private partial void LogOccurrenceFailed(Exception exception, string functionName);
}
