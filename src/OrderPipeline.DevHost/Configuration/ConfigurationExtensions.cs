using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace OrderPipeline.DevHost.Configuration;

internal static class ConfigurationExtensions
{
    /// <summary>
    /// Adds local.settings.json <c>Values</c> below the environment variables, so that, as under Functions Core Tools, a real
    /// environment variable wins over the file.
    /// </summary>
    public static void AddLocalSettings(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        // LocalSettingsPath names the file explicitly (empty: none), as tests and scripts may need.
        var localSettings = configuration["LocalSettingsPath"] is { } explicitPath
            ? (File.Exists(explicitPath) ? explicitPath : null)
            : FindLocalSettings(environment);
        if (localSettings is not null)
        {
            var position = configuration.Sources.TakeWhile(source => source is not EnvironmentVariablesConfigurationSource).Count();
            configuration.Sources.Insert(position, LocalSettingsConfigurationSource.For(localSettings));
        }
    }

    // The settings sit at the repository root (the content root); on a fresh clone they start as a copy of the sample.
    private static string? FindLocalSettings(IHostEnvironment environment)
    {
        var candidate = Path.Combine(environment.ContentRootPath, "local.settings.json");
        var sample = Path.Combine(environment.ContentRootPath, "local.settings.sample.json");
        if (!File.Exists(candidate) && environment.IsDevelopment() && File.Exists(sample))
        {
            File.Copy(sample, candidate);
        }

        return File.Exists(candidate) ? candidate : null;
    }
}
