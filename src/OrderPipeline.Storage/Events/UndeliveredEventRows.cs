using Azure.Data.Tables;
using OrderPipeline.Domain.Events;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Events;

/// <summary>
/// A row of <c>UndeliveredEvents</c>: partition the listener id, row key the event id (both escaped), so giving up on the same event
/// for the same listener twice (a retry after a crash) writes the same row.
/// </summary>
internal static class UndeliveredEventRows
{
    public const string UndeliveredAt = nameof(UndeliveredEvent.UndeliveredAt);

    public static TableEntity ToEntity(UndeliveredEvent undelivered)
    {
        // Escaped: a key may not hold '/', '\\', '#', '?' or control characters, and an id is not ours to restrict.
        var row = new TableEntity(Uri.EscapeDataString(undelivered.ListenerId), Uri.EscapeDataString(undelivered.Event.EventId))
        {
            ["EventId"] = undelivered.Event.EventId,
            ["EventType"] = undelivered.Event.EventType,
            ["OrderType"] = OrderTypeNames.Of(undelivered.Event.OrderType),
            ["EventTime"] = undelivered.Event.EventTime,
            ["ListenerId"] = undelivered.ListenerId,
            ["Callback"] = undelivered.Callback,
            ["Attempts"] = undelivered.Attempts,
            ["LastError"] = undelivered.LastError,
            [UndeliveredAt] = undelivered.UndeliveredAt,
        };
        LargeText.Write(row, "Event", undelivered.Event.Body);
        return row;
    }

    public static UndeliveredEvent FromEntity(TableEntity row) => new(
        OutboxRows.EventOf(row),
        row.GetString("ListenerId") ?? row.PartitionKey,
        row.GetString("Callback") ?? "",
        row.GetInt32("Attempts") ?? 0,
        row.GetString("LastError"),
        row.GetDateTimeOffset(UndeliveredAt) ?? default);
}
