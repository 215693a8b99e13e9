using Azure.Core;
using Azure.Identity;

namespace OrderPipeline.Functions.Telemetry;

/// <summary>
/// Where telemetry goes, from the standard settings: OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, Application Insights
/// when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is, both when both are, and nowhere (no OpenTelemetry at all) otherwise.
/// </summary>
public sealed record TelemetryExporters(string? OtlpEndpoint, string? ApplicationInsightsConnectionString, string? ApplicationInsightsAuthentication)
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ApplicationInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The Functions host's own setting for signing in to Application Insights: <c>ClientId=…;Authorization=AAD</c>.</summary>
    public const string ApplicationInsightsAuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public bool Otlp => !string.IsNullOrWhiteSpace(OtlpEndpoint);
    public bool ApplicationInsights => !string.IsNullOrWhiteSpace(ApplicationInsightsConnectionString);
    public bool Any => Otlp || ApplicationInsights;

    public static TelemetryExporters From(IConfiguration configuration) => new(
        configuration[OtlpEndpointSetting], configuration[ApplicationInsightsSetting], configuration[ApplicationInsightsAuthenticationSetting]);

    /// <summary>
    /// The managed identity to send to Application Insights as, when <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> asks for
    /// Microsoft Entra sign-in (as infra/main.bicep sets it); null for the connection string's key alone.
    /// </summary>
    public TokenCredential? ApplicationInsightsCredential()
    {
        var parts = (ApplicationInsightsAuthentication ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var authorization) || !authorization.Equals("AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new ManagedIdentityCredential(parts.TryGetValue("ClientId", out var clientId) && clientId.Length > 0
            ? ManagedIdentityId.FromUserAssignedClientId(clientId)
            : ManagedIdentityId.SystemAssigned);
    }
}
