namespace OrderPipeline.DevHost.Security;

/// <summary>
/// App settings <c>Security__*</c>: the keys the development host checks, standing in for the Functions host's function
/// keys and master key (in Azure the host checks its own keys against each function's authLevel).
/// </summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Comma-separated keys that open the API (<c>authLevel: function</c>).</summary>
    public string ApiKeys { get; set; } = "";

    /// <summary>Comma-separated keys that open <c>/manage/…</c> and, like the host's master key, the API too.</summary>
    public string AdminKeys { get; set; } = "";

    /// <summary>Lets the app start without keys outside Development, every route open. Set it only on purpose.</summary>
    public bool AllowAnonymous { get; set; }

    public IReadOnlyList<string> ApiKeyList => Split(ApiKeys);

    public IReadOnlyList<string> AdminKeyList => Split(AdminKeys);

    public bool HasKeys => ApiKeyList.Count > 0 || AdminKeyList.Count > 0;

    private static string[] Split(string keys) => keys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
