using Microsoft.Extensions.Options;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Functions.ReferenceData;

/// <summary>
/// Loads <see cref="ReferenceDataOptions.SeedFile"/>, when set, at start through the same loader as the admin endpoint.
/// Registered after the storage initializer, so the table exists. A missing or invalid file stops the start: an app that
/// validates orders against a catalog it failed to load would refuse them for the wrong reason.
/// </summary>
internal sealed partial class ReferenceDataSeed(
    ReferenceDataLoader loader, IOptions<ReferenceDataOptions> options, IHostEnvironment environment, ILogger<ReferenceDataSeed> logger) : IHostedService
{
    private const int ProblemsInMessage = 20;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SeedFile))
        {
            return;
        }

        var path = SeedFilePath.Resolve(options.Value.SeedFile, environment.ContentRootPath);
        var result = await loader.LoadAsync(await File.ReadAllBytesAsync(path, cancellationToken), cancellationToken);
        if (!result.IsLoaded)
        {
            throw new InvalidOperationException(
                $"The reference-data seed file {path} (ReferenceData__SeedFile) is not valid, so nothing of it was loaded; " +
                $"{result.Failures.Count} problem(s): {Describe(result.Failures)}");
        }

        LogLoaded(path, string.Join(", ", result.Counts.Select(pair => $"{pair.Key.DocumentName()} {pair.Value}")));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Describe(IReadOnlyList<ValidationFailure> failures)
    {
        var listed = string.Join("; ", failures.Take(ProblemsInMessage).Select(failure => $"{failure.Path}: {failure.Message}"));
        return failures.Count > ProblemsInMessage ? $"{listed}; and {failures.Count - ProblemsInMessage} more" : listed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded reference data from {SeedFile}: {Counts}")]
    private partial void LogLoaded(string seedFile, string counts);
}
