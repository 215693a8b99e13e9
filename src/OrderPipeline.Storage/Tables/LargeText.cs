using Azure.Data.Tables;

namespace OrderPipeline.Storage.Tables;

/// <summary>
/// Stores text longer than one table property allows (64 KiB, i.e. 32K UTF-16 characters) across numbered properties.
/// The caller keeps the whole entity under the 1 MiB entity limit.
/// </summary>
internal static class LargeText
{
    private const int ChunkLength = 30_000;

    public static void Write(TableEntity entity, string name, string? text)
    {
        if (text is null)
        {
            return;
        }

        var chunks = (text.Length + ChunkLength - 1) / ChunkLength;
        entity[$"{name}Chunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            entity[$"{name}{i}"] = text.Substring(i * ChunkLength, Math.Min(ChunkLength, text.Length - i * ChunkLength));
        }
    }

    public static string? Read(TableEntity entity, string name)
    {
        if (entity.GetInt32($"{name}Chunks") is not { } chunks)
        {
            return null;
        }

        return chunks == 1
            ? entity.GetString($"{name}0")
            : string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString($"{name}{i}")));
    }

    /// <summary>How many characters fit in one entity with room left for its other properties.</summary>
    public const int EntityBudget = 12 * ChunkLength;
}
