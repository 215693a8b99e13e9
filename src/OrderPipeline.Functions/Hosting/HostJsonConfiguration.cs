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

    private sealed class HostJsonSource : MemoryConfigurationSource;
}
