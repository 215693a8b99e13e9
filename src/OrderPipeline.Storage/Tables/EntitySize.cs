using Azure.Data.Tables;

namespace OrderPipeline.Storage.Tables;

/// <summary>
/// The size Table Storage counts for an entity: 4 bytes, the keys as UTF-16, and per property 8 bytes, its name as UTF-16
/// and its value (a string as UTF-16 plus 4 bytes). An entity may hold 1 MiB and 252 properties of its own.
/// https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model#property-types
/// </summary>
internal static class EntitySize
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxProperties = 252;

    public static long Of(TableEntity entity) =>
        4 + 2L * (entity.PartitionKey.Length + entity.RowKey.Length)
        + entity.Where(property => property.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            .Sum(property => 8 + 2L * property.Key.Length + ValueSize(property.Value));

    /// <summary>Why Table Storage would refuse this entity, or null when it fits.</summary>
    public static string? Problem(TableEntity entity, string what)
    {
        var properties = entity.Keys.Count(key => key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"));
        if (properties > MaxProperties) return $"{what} would have {properties} properties; a table row holds at most {MaxProperties}";
        var bytes = Of(entity);
        return bytes > MaxBytes ? $"{what} would take {bytes:N0} bytes; a table row holds at most {MaxBytes:N0}" : null;
    }

    private static long ValueSize(object? value) => value switch
    {
        string text => 4 + 2L * text.Length,
        byte[] bytes => 4 + bytes.Length,
        BinaryData data => 4 + data.ToMemory().Length,
        bool => 1,
        int => 4,
        Guid => 16,
        _ => 8,
    };
}
