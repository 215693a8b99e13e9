using System.Text.Json;
using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>Maps an inbound entry to its table rows and back. Enums are stored as strings.</summary>
internal static class InboundEntryRows
{
    public static TableEntity ToEntity(InboundEntry entry)
    {
        var partition = InboundKeys.Partition(entry.Id);
        return new TableEntity(partition, InboundKeys.Entry(entry.Id))
        {
            ["Id"] = entry.Id,
            ["OrderType"] = OrderTypeNames.Of(entry.OrderType),
            ["ExternalId"] = entry.ExternalId,
            ["Source"] = entry.Source,
            ["State"] = entry.State.ToString(),
            ["Attempts"] = entry.Attempts,
            ["CreatedAt"] = entry.CreatedAt,
            ["UpdatedAt"] = entry.UpdatedAt,
            ["LeaseUntil"] = entry.LeaseUntil,
            ["OrderId"] = entry.OrderId,
            ["ErrorCode"] = entry.Error?.Code,
            ["ErrorReason"] = entry.Error?.Reason,
            ["ErrorMessage"] = entry.Error?.Message,
            ["ErrorDetail"] = entry.Error?.Detail,
            ["History"] = JsonSerializer.Serialize(entry.History.ToList(), TmfJsonContext.Default.ListInboundTransition),
        };
    }

    /// <summary>The state-index row: lets the sweeper and the admin find entries by state without scanning the table.</summary>
    public static TableEntity ToIndex(InboundEntry entry) =>
        new(InboundKeys.Partition(entry.Id), InboundKeys.Index(entry.State, entry.Id))
        {
            ["Since"] = entry.UpdatedAt,
            ["LeaseUntil"] = entry.LeaseUntil,
        };

    public static InboundEntry FromEntity(TableEntity row)
    {
        var error = row.GetString("ErrorCode") is { } code
            ? new InboundError(code, row.GetString("ErrorReason") ?? "", row.GetString("ErrorMessage") ?? "", row.GetString("ErrorDetail"))
            : null;
        var history = JsonSerializer.Deserialize(row.GetString("History") ?? "[]", TmfJsonContext.Default.ListInboundTransition) ?? [];
        return InboundEntry.Rehydrate(
            row.GetString("Id"),
            OrderTypeNames.Parse(row.GetString("OrderType")),
            row.GetString("ExternalId"),
            row.GetString("Source") ?? "",
            Enum.Parse<InboundState>(row.GetString("State")),
            row.GetInt32("Attempts") ?? 0,
            row.GetDateTimeOffset("CreatedAt") ?? default,
            row.GetDateTimeOffset("UpdatedAt") ?? default,
            row.GetDateTimeOffset("LeaseUntil"),
            row.GetString("OrderId"),
            error,
            history,
            row.ETag.ToString());
    }

}
