using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace OrderPipeline.Functions.Hosting;

internal static class ConfigurationExtensions
{
    /// <summary>The section host.json is read into, as the Functions host lets app settings override it.</summary>
    public const string HostJsonSection = "AzureFunctionsJobHost";

    /// <summary>
    /// Adds local.settings.json Values and host.json below the environment variables, so that, as under
    /// Functions Core Tools, a real environment variable wins over the file.
    /// </summary>
    public static void AddFunctionsSettings(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        // LocalSettingsPath names the file explicitly (empty: none), as tests and scripts may need.
        var localSettings = configuration["LocalSettingsPath"] is { } explicitPath
            ? (File.Exists(explicitPath) ? explicitPath : null)
            : FindLocalSettings(environment);
        var hostJson = Path.Combine(AppContext.BaseDirectory, "host.json");
        var position = configuration.Sources.TakeWhile(source => source is not EnvironmentVariablesConfigurationSource).Count();
        if (File.Exists(hostJson))
        {
            var host = new ConfigurationBuilder().AddJsonFile(hostJson, optional: false).Build();
            var values = host.AsEnumerable().Where(pair => pair.Value is not null)
                .Select(pair => KeyValuePair.Create($"{HostJsonSection}:{pair.Key}", pair.Value));
            configuration.Sources.Insert(position++, new MemoryConfigurationSource { InitialData = values });
        }

        if (localSettings is not null)
        {
            configuration.Sources.Insert(position, LocalSettingsConfigurationSource.For(localSettings));
        }
    }

    // dotnet run starts in the caller's folder; the settings sit at the repository root, beside host.json.
    private static string? FindLocalSettings(IHostEnvironment environment)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), environment.ContentRootPath })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "local.settings.json");
                if (File.Exists(candidate)) return candidate;
                if (!File.Exists(Path.Combine(directory.FullName, "host.json"))) continue;

                // First run on a fresh clone: start from the sample, which points at Azurite.
                var sample = Path.Combine(directory.FullName, "local.settings.sample.json");
                if (!environment.IsDevelopment() || !File.Exists(sample)) break;
                File.Copy(sample, candidate);
                return candidate;
            }
        }

        return null;
    }
}
