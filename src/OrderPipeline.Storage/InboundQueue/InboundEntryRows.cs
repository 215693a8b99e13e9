using System.Text.Json;
using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Maps an inbound entry to its table row and back. Enums are stored as strings. The submitted order lives in the same row
/// (<c>Payload…</c>, see <see cref="Tables.LargeText"/>), or its blob's name (<c>PayloadBlob</c>) when too large for it.
/// </summary>
internal static class InboundEntryRows
{
    public const string PayloadProperty = "Payload";
    public const string PayloadBlobProperty = "PayloadBlob";

    public static TableEntity ToEntity(InboundEntry entry, string partition) =>
        new(partition, InboundKeys.Entry(entry.Id))
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
            ["CancellationReason"] = entry.CancellationReason,
            ["History"] = JsonSerializer.Serialize(entry.History.ToList(), TmfJsonContext.Default.ListInboundTransition),
        };

    /// <summary>The payload's properties of a row (its chunks, or its blob's name), as a row of their own.</summary>
    public static TableEntity PayloadOf(TableEntity row)
    {
        var payload = new TableEntity(row.PartitionKey, row.RowKey);
        foreach (var (name, value) in row.Where(property => property.Key.StartsWith(PayloadProperty, StringComparison.Ordinal)))
        {
            payload[name] = value;
        }

        return payload;
    }

    /// <summary>The blob name the row points at (none once Done), or else the payload it holds itself.</summary>
    public static (string? BlobName, string? Inline) ReadPayload(InboundEntry entry, TableEntity row)
    {
        try
        {
            return row.GetString(PayloadBlobProperty) is { } blobName
                ? (entry.State == InboundState.Done ? null : blobName, null)
                : (null, LargeText.Read(row, PayloadProperty));
        }
        catch (InvalidOperationException ex)
        {
            // TableEntity's typed getters throw this when a property holds another type: the row is damaged, and stays so.
            throw new InboundPayloadUnavailableException(entry.Id, $"its payload is unreadable ({ex.Message})", ex);
        }
    }

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
            row.ETag.ToString(),
            row.GetString("CancellationReason"));
    }
}
