using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Storage.Diagnostics;

namespace OrderPipeline.Functions.Diagnostics;

/// <summary>
/// <c>/manage/diagnostics</c>: what the app has cost so far. <c>storageOperations</c> counts the requests sent to each
/// storage service since start (this instance only); take it before and after a load to see the cost per order.
/// </summary>
public sealed class DiagnosticsFunctions(StorageOperationCounter counter)
{
    [Function(nameof(CountStorageOperations))]
    [Tags("Diagnostics")]
    [EndpointSummary("Count storage requests")]
    [EndpointDescription("Storage requests this instance has sent since it started, per service (retries included; a table transaction is one).")]
    [ProducesResponseType<StorageOperationCounts>(StatusCodes.Status200OK, MediaTypes.Json)]
    public IResult CountStorageOperations(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.Diagnostics + "/storageOperations")] HttpRequest request) =>
        JsonResourceResult.Ok(counter.Snapshot(), FunctionsJsonContext.Default.StorageOperationCounts);
}
