using System.Text.Json;
using Azure.Data.Tables;
using OrderPipeline.Domain.Events;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Events;

/// <summary>
/// An event waiting to be delivered, as a row beside the row whose change caused it (same table, same partition, so
/// one transaction writes both): row key <c>event|{eventId}</c>, the envelope as sent, and each recipient's progress.
/// Queries over entry, order and task rows select their own row keys, so these rows never show up in them.
/// </summary>
internal static class OutboxRows
{
    public const string RowKeyPrefix = "event|";

    public static string RowKey(string eventId) => RowKeyPrefix + eventId;

    public static TableEntity ToEntity(string partition, RoutedEvent routed)
    {
        var row = new TableEntity(partition, RowKey(routed.Event.EventId))
        {
            ["EventId"] = routed.Event.EventId,
            ["EventType"] = routed.Event.EventType,
            ["OrderType"] = OrderTypeNames.Of(routed.Event.OrderType),
            ["EventTime"] = routed.Event.EventTime,
        };
        LargeText.Write(row, "Event", routed.Event.Body);
        WriteRecipients(row, [.. routed.Recipients.Select(recipient => new OutboxRecipient(recipient.ListenerId, recipient.Callback))]);
        return row;
    }

    public static OrderEvent EventOf(TableEntity row) => new(
        row.GetString("EventId"),
        row.GetString("EventType"),
        row.GetDateTimeOffset("EventTime") ?? default,
        OrderTypeNames.Parse(row.GetString("OrderType")),
        LargeText.Read(row, "Event") ?? "{}");

    public static List<OutboxRecipient> RecipientsOf(TableEntity row) =>
        JsonSerializer.Deserialize(row.GetString("Recipients") ?? "[]", StorageJsonContext.Default.ListOutboxRecipient) ?? [];

    public static void WriteRecipients(TableEntity row, List<OutboxRecipient> recipients) =>
        row["Recipients"] = JsonSerializer.Serialize(recipients, StorageJsonContext.Default.ListOutboxRecipient);
}
