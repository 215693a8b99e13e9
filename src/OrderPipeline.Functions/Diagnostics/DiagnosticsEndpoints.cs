using OrderPipeline.Functions.Hosting;
using OrderPipeline.Storage.Diagnostics;

namespace OrderPipeline.Functions.Diagnostics;

/// <summary>
/// <c>/admin/diagnostics</c>: what the app has cost so far. <c>storageOperations</c> counts the requests sent to each
/// storage service since start (this instance only); take it before and after a load to see the cost per order.
/// </summary>
internal static class DiagnosticsEndpoints
{
    public static void MapDiagnostics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFunction(FunctionCatalog.CountStorageOperations, (StorageOperationCounter counter) =>
            JsonResourceResult.Ok(counter.Snapshot(), FunctionsJsonContext.Default.StorageOperationCounts));
}
