using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ApiDescription;

/// <summary>
/// The development host with its OpenAPI document fetched once and parsed with Microsoft.OpenApi's reader, as an
/// integrator's tool would read it. The document as served is saved next to the test results.
/// </summary>
public sealed class ServedApiDocument : IAsyncLifetime
{
    public const string Path = "/openapi/v1.json";

    private PipelineApp? app;

    public PipelineApp App => app!;
    public string Json { get; private set; } = "";
    public OpenApiDocument Document { get; private set; } = null!;
    public OpenApiDiagnostic Diagnostic { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        Json = await App.Client.GetStringAsync(Path);
        await File.WriteAllTextAsync(System.IO.Path.Combine(AppContext.BaseDirectory, "openapi-v1.json"), Json);
        var (document, diagnostic) = OpenApiDocument.Parse(Json, OpenApiConstants.Json);
        Document = document!;
        Diagnostic = diagnostic!;
    }

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
    }

    /// <summary>Every operation with its path and method, such as <c>POST /tmf-api/…/productOrder</c>.</summary>
    public IEnumerable<(string Path, string Method, OpenApiOperation Operation)> Operations() =>
        Document.Paths.SelectMany(path => (path.Value.Operations ?? []).Select(operation =>
            (path.Key, operation.Key.Method.ToUpperInvariant(), operation.Value)));

    public OpenApiOperation Operation(string operationId) => Operations().Single(operation => operation.Operation.OperationId == operationId).Operation;
}
