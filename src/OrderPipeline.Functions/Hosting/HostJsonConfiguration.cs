using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace OrderPipeline.Functions.Hosting;

/// <summary>
/// Reads the host.json deployed beside the app into the section the host itself uses, <c>AzureFunctionsJobHost</c>, so the
/// app knows the queue trigger's settings (maxDequeueCount above all). Placed below the environment variables, so an app
/// setting <c>AzureFunctionsJobHost__extensions__queues__maxDequeueCount</c> overrides the file, as it does for the host.
/// </summary>
public static class HostJsonConfiguration
{
    public const string SectionName = "AzureFunctionsJobHost";

    public static void AddHostJson(this IConfigurationManager configuration)
    {
        var hostJson = Path.Combine(AppContext.BaseDirectory, "host.json");
        if (!File.Exists(hostJson) || configuration.Sources.OfType<HostJsonSource>().Any())
        {
            return;
        }

        var values = new ConfigurationBuilder().AddJsonFile(hostJson, optional: false).Build().AsEnumerable()
            .Where(pair => pair.Value is not null)
            .Select(pair => KeyValuePair.Create($"{SectionName}:{pair.Key}", pair.Value));
        var position = configuration.Sources.TakeWhile(source => source is not EnvironmentVariablesConfigurationSource).Count();
        configuration.Sources.Insert(position, new HostJsonSource { InitialData = values });
    }

    /// <summary>
    /// Log levels the app starts with wherever it is started from, below every other source so a setting can still change
    /// them: every storage request and response logged at Information would drown the app's own lines.
    /// </summary>
    public static void AddLoggingDefaults(this IConfigurationManager configuration)
    {
        if (configuration.Sources.OfType<LoggingDefaultsSource>().Any()) return;
        configuration.Sources.Insert(0, new LoggingDefaultsSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Azure"] = "Warning",
            },
        });
    }

    private sealed class HostJsonSource : MemoryConfigurationSource;

    private sealed class LoggingDefaultsSource : MemoryConfigurationSource;
}
