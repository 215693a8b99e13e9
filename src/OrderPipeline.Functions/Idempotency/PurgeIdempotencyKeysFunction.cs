using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.Idempotency;

namespace OrderPipeline.Functions.Idempotency;

/// <summary><c>PurgeIdempotencyKeys</c>, on the schedule in the app setting <c>IdempotencyPurgeSchedule</c>: deletes keys past their retention.</summary>
public sealed partial class PurgeIdempotencyKeysFunction(IdempotencyKeyPurge purge, ILogger<PurgeIdempotencyKeysFunction> logger)
{
    /// <summary>A flat setting name: the host resolves <c>%name%</c> from app settings and cannot see <c>Section__Key</c>.</summary>
    public const string ScheduleSetting = "IdempotencyPurgeSchedule";

    [Function(nameof(PurgeIdempotencyKeys))]
    public async Task PurgeIdempotencyKeys([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        LogPurged(await purge.PurgeAsync(cancellationToken));

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired idempotency keys")]
    private partial void LogPurged(int count);
}
