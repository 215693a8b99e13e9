using Microsoft.Azure.Functions.Worker;
using NCrontab;
using OrderPipeline.DevHost.Functions;

namespace OrderPipeline.DevHost.Triggers;

/// <summary>
/// The timer trigger of one timer function: the six-field NCRONTAB schedule its attribute names (resolving <c>%Setting%</c>
/// from the app settings, as the host does), one occurrence at a time. Two development hosts on one storage may fire at the
/// same moment; each function is safe with that.
/// </summary>
internal sealed partial class TimerScheduler(
    TimerFunction function,
    CrontabSchedule schedule,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<TimerScheduler> logger) : BackgroundService
{
    /// <summary>The schedule of <paramref name="function"/>; a missing setting or a malformed expression stops the start, with the setting's name.</summary>
    public static CrontabSchedule ScheduleOf(TimerFunction function, IConfiguration configuration)
    {
        var expression = function.Schedule;
        if (expression is ['%', .. var setting, '%'])
        {
            expression = configuration[setting] is { Length: > 0 } value ? value : throw new InvalidOperationException(
                $"{function.Name}: the app setting {setting} is missing; it holds the function's NCRONTAB schedule (six fields, such as */30 * * * * *). " +
                "Set it in local.settings.json Values or the environment.");
        }

        return CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new InvalidOperationException(
                $"{function.Name}: '{expression}' ({function.Schedule}) is not a six-field NCRONTAB expression, such as */30 * * * * *.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = schedule.GetNextOccurrence(now);
            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var timer = new TimerInfo { IsPastDue = false };
                await FunctionInvoker.InvokeAsync(scope.ServiceProvider, function.Method, parameter =>
                    parameter.ParameterType == typeof(TimerInfo) ? timer
                    : parameter.ParameterType == typeof(CancellationToken) ? stoppingToken
                    : throw FunctionInvoker.Unbindable(function.Name, parameter, "timer"));
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
