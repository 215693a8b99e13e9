namespace OrderPipeline.Domain.ReferenceData;

/// <summary>
/// Which ids a reference-data record may have: they become Table Storage row keys, which may not hold control characters,
/// <c>/</c>, <c>\</c>, <c>#</c> or <c>?</c> (https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model).
/// </summary>
public static class ReferenceId
{
    public const int MaxLength = 255;

    public static bool IsStorable(string? id) => Problem(id) is null;

    /// <summary>What is wrong with <paramref name="id"/> as a record id, or null when nothing is.</summary>
    public static string? Problem(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return "id is required";
        }

        if (id.Length > MaxLength)
        {
            return $"id is longer than {MaxLength} characters";
        }

        foreach (var c in id)
        {
            if (char.IsControl(c)) return $"id '{id}' holds a control character, which a storage key may not";
            if (c is '/' or '\\' or '#' or '?') return $"id '{id}' holds '{c}', which a storage key may not";
        }

        return null;
    }
}
