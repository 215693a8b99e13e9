using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Cancellation;

namespace OrderPipeline.Storage.Cancellation;

/// <summary>A cancel task's row: partition = its order's id (which is also the task's), row key <c>task</c>.</summary>
internal static class CancelTaskRows
{
    public const string RowKey = "task";

    public static TableEntity ToEntity(CancelOrderTask task) => new(task.OrderId, RowKey)
    {
        ["OrderType"] = OrderTypeNames.Of(task.OrderType),
        ["State"] = task.State,
        ["CancellationReason"] = task.CancellationReason,
        ["RequestedCancellationDate"] = task.RequestedCancellationDate,
        ["EffectiveCancellationDate"] = task.EffectiveCancellationDate,
        ["CreatedAt"] = task.CreatedAt,
    };

    public static CancelOrderTask FromEntity(TableEntity row) => CancelOrderTask.Rehydrate(
        OrderTypeNames.Parse(row.GetString("OrderType")),
        row.PartitionKey,
        row.GetString("State"),
        row.GetString("CancellationReason"),
        row.GetString("RequestedCancellationDate"),
        row.GetDateTimeOffset("EffectiveCancellationDate"),
        row.GetDateTimeOffset("CreatedAt") ?? default,
        row.ETag.ToString());
}
