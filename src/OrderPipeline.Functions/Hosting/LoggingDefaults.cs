using Microsoft.Extensions.Configuration.Memory;

namespace OrderPipeline.Functions.Hosting;

public static class LoggingDefaults
{
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

    private sealed class LoggingDefaultsSource : MemoryConfigurationSource;
}
