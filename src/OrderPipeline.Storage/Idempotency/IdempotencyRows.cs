using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Idempotency;

namespace OrderPipeline.Storage.Idempotency;

/// <summary>
/// One row per key and order type. Keys are client text, so the row key is a hash of it (no characters Table
/// Storage forbids, bounded length); its first two hex digits spread the rows over 256 partitions.
/// </summary>
internal static class IdempotencyRows
{
    public static (string PartitionKey, string RowKey) KeysOf(string key, OrderType orderType)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return (hash[..2], $"{orderType}|{hash}");
    }

    public static TableEntity ToEntity(IdempotentRequest request)
    {
        var (partitionKey, rowKey) = KeysOf(request.Key, request.OrderType);
        return new TableEntity(partitionKey, rowKey)
        {
            ["Key"] = request.Key,
            ["OrderType"] = request.OrderType.ToString(),
            ["Fingerprint"] = request.Fingerprint,
            ["OrderId"] = request.OrderId,
            ["AcceptedAt"] = request.AcceptedAt,
            ["ExpiresAt"] = request.ExpiresAt,
        };
    }

    public static IdempotentRequest FromEntity(TableEntity row) => new(
        row.GetString("Key"),
        Enum.Parse<OrderType>(row.GetString("OrderType")),
        row.GetString("Fingerprint"),
        row.GetString("OrderId"),
        row.GetDateTimeOffset("AcceptedAt")!.Value,
        row.GetDateTimeOffset("ExpiresAt")!.Value);
}
