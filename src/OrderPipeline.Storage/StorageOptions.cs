namespace OrderPipeline.Storage;

/// <summary>App settings <c>Storage__*</c>. The account itself comes from <c>AzureWebJobsStorage</c>, as for the Functions host.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Put in front of every table, queue and container name, so several pipelines (or tests) can share one account.
    /// Lowercase letters and digits, starting with a letter; empty in a normal deployment, where the Functions host
    /// listens on the unprefixed queue.
    /// </summary>
    public string Prefix { get; set; } = "";
}
