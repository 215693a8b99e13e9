namespace OrderPipeline.Domain.Events;

/// <summary>Which callback URLs a listener may register, and the pipeline may call: http or https, to an allowed host.</summary>
public static class CallbackRules
{
    /// <summary>Why <paramref name="callback"/> is refused, or null when it may be called.</summary>
    public static string? WhyRefused(string? callback, HubOptions options)
    {
        if (string.IsNullOrWhiteSpace(callback))
        {
            return "callback is required: the URL events are posted to.";
        }

        if (!Uri.TryCreate(callback, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"callback '{callback}' is not an absolute http or https URL.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "callback must not carry a user name or password; put a secret in the path or query instead.";
        }

        var allowed = AllowedHosts(options);
        return allowed.Count == 0 || allowed.Any(host => Matches(uri.IdnHost, host))
            ? null
            : $"callback host '{uri.Host}' is not among the allowed callback hosts ({HubSettings.AllowedCallbackHosts}).";
    }

    private static List<string> AllowedHosts(HubOptions options) =>
        [.. options.AllowedCallbackHosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static bool Matches(string host, string allowed) =>
        allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase);
}
