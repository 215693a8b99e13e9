using Microsoft.Extensions.Logging;

namespace OrderPipeline.Domain.Events;

/// <summary>The log lines of event delivery.</summary>
internal static partial class EventDeliveryLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} delivered to listener {ListenerId}")]
    public static partial void Delivered(ILogger logger, string eventId, string listenerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventId} not delivered to listener {ListenerId} (attempt {Attempt}): {Reason}")]
    public static partial void AttemptFailed(ILogger logger, string eventId, string listenerId, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} given up for listener {ListenerId} after {Attempts} attempt(s): {Reason}")]
    public static partial void GivenUp(ILogger logger, string eventId, string listenerId, int attempts, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {RowKey} kept changing under delivery; looking again later")]
    public static partial void Contended(ILogger logger, string rowKey);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox rows {RowKeys} of {Table}/{PartitionKey} not found {Age} after recording: dropped")]
    public static partial void Dropped(ILogger logger, string rowKeys, string table, string partitionKey, TimeSpan age);
}
