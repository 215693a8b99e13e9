using System.Text.RegularExpressions;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// Rules the Functions host enforces when it loads an app, which no build here catches: checked over the generated
/// functions.metadata, as the host would read it.
/// </summary>
public static partial class HostRules
{
    /// <summary>The host's own routes: a function whose route begins with one of these fails to load, whatever routePrefix is.</summary>
    public static readonly string[] ReservedRouteSegments = ["admin", "runtime"];

    /// <summary>Why the host would refuse this function's route, or null when it would take it.</summary>
    public static string? RouteProblem(GeneratedFunction function)
    {
        if (function.Route is not { } route) return null;
        var first = route.TrimStart('/').Split('/')[0];
        return ReservedRouteSegments.FirstOrDefault(reserved => first.Equals(reserved, StringComparison.OrdinalIgnoreCase)) is { } segment
            ? $"{function.Name}: route '{route}' begins with '{segment}', which the host reserves (\"The specified route conflicts with one or more built in routes\")"
            : null;
    }

    /// <summary>The app settings a function's trigger names in <c>%name%</c> binding expressions.</summary>
    public static IEnumerable<string> SettingsNamedBy(GeneratedFunction function) =>
        function.Trigger.Select(property => property.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String ? property.Value.GetValue<string>() : "")
            .SelectMany(value => BindingExpression().Matches(value).Select(match => match.Groups[1].Value));

    /// <summary>Why the host could not resolve this setting name in a binding expression, or null when it could.</summary>
    public static string? SettingNameProblem(string setting) =>
        setting.Contains("__", StringComparison.Ordinal) || setting.Contains(':', StringComparison.Ordinal)
            ? $"%{setting}% names a setting with '__' or ':', which the host does not resolve in a binding expression (azure-functions-host#10246); use a flat name"
            : null;

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex BindingExpression();
}
