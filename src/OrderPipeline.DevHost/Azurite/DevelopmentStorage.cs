using OrderPipeline.LocalDev;
using OrderPipeline.Storage;

namespace OrderPipeline.DevHost.Azurite;

/// <summary>
/// On a developer's machine, with <c>AzureWebJobsStorage=UseDevelopmentStorage=true</c> and nothing on Azurite's ports,
/// installs and starts Azurite (data in .azurite/ at the repository root) before the app touches storage.
/// </summary>
internal sealed partial class DevelopmentStorage(ILogger<DevelopmentStorage> logger) : IHostedService, IAsyncDisposable
{
    private AzuriteProcess? azurite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (AzuriteEndpoints.Default.AllListening())
        {
            return;
        }

        var root = RepositoryRoot.FindFrom(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        LogStarting(root);
        azurite = await AzuriteProcess.StartAsync(root, AzuriteEndpoints.Default, Path.Combine(root, ".azurite"), cancellationToken);
    }

    // Stopped last (hosted services stop in reverse), and gently, so Azurite saves .azurite/ before it exits.
    public Task StopAsync(CancellationToken cancellationToken) => azurite?.StopAsync(TimeSpan.FromSeconds(5)) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (azurite is not null) await azurite.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting Azurite from {RepositoryRoot} (data in .azurite/)")]
    private partial void LogStarting(string repositoryRoot);
}

internal static class DevelopmentStorageExtensions
{
    /// <summary>Registered before the storage initializer, so Azurite listens before tables and queues are created.</summary>
    public static void AddDevelopmentStorage(this WebApplicationBuilder builder)
    {
        var usesEmulator = string.Equals(builder.Configuration[StorageServiceCollectionExtensions.ConnectionSetting], "UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);
        if (builder.Environment.IsDevelopment() && usesEmulator && builder.Configuration.GetValue("LocalDev:StartAzurite", true))
        {
            builder.Services.AddHostedService<DevelopmentStorage>();
        }
    }
}
