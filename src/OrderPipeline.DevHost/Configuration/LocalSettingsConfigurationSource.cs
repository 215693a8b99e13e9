using System.Text.Json;
using Microsoft.Extensions.FileProviders;

namespace OrderPipeline.DevHost.Configuration;

/// <summary>
/// Reads the <c>Values</c> of local.settings.json, as Functions Core Tools does, with <c>Section__Key</c> meaning
/// <c>Section:Key</c>. The file is watched, so an edited setting (a validation switch, say) applies without a restart.
/// </summary>
internal sealed class LocalSettingsConfigurationSource : FileConfigurationSource
{
    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new LocalSettingsConfigurationProvider(this);
    }

    public static LocalSettingsConfigurationSource For(string path) => new()
    {
        // Polling watches just this file; an event-based watcher would watch the whole folder tree
        // (node_modules included, at the repository root), one inotify watch per directory.
        FileProvider = new PhysicalFileProvider(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!)
        {
            UsePollingFileWatcher = true,
            UseActivePolling = true,
        },
        Path = System.IO.Path.GetFileName(path),
        Optional = true,
        ReloadOnChange = true,
        ReloadDelay = 100,
    };

    private sealed class LocalSettingsConfigurationProvider(FileConfigurationSource source) : FileConfigurationProvider(source)
    {
        public override void Load(Stream stream)
        {
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (document.RootElement.TryGetProperty("Values", out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var setting in values.EnumerateObject())
                {
                    data[setting.Name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] =
                        setting.Value.ValueKind == JsonValueKind.String ? setting.Value.GetString() : setting.Value.GetRawText();
                }
            }

            Data = data;
        }
    }
}
