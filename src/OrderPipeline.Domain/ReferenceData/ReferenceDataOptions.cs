namespace OrderPipeline.Domain.ReferenceData;

/// <summary>App settings <c>ReferenceData__*</c>: how reference data is loaded and cached.</summary>
public sealed class ReferenceDataOptions
{
    public const string SectionName = "ReferenceData";

    /// <summary>How long a record read from storage (or the fact that it does not exist) is used before it is read again.</summary>
    public TimeSpan CacheExpiry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most (kind, id) entries the cache holds; above it the entries that expire first are dropped.</summary>
    public int MaxCachedEntries { get; set; } = 100_000;

    /// <summary>The largest reference-data document <c>POST /manage/referenceData</c> accepts, in bytes; above it the answer is 413.</summary>
    public long MaxDocumentBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>A reference-data document loaded at start, if set; a relative path is taken from the content or repository root.</summary>
    public string? SeedFile { get; set; }
}
