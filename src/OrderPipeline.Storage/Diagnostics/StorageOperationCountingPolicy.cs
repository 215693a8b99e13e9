using Azure.Core;
using Azure.Core.Pipeline;

namespace OrderPipeline.Storage.Diagnostics;

/// <summary>
/// Counts each request a storage client sends. Registered per retry, so it counts what goes on the wire:
/// a table transaction is one request, a retried request is two. For tables it also counts the entity operations.
/// </summary>
internal sealed class StorageOperationCountingPolicy(StorageOperationCounter counter, StorageService service) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) => counter.Count(service);

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (service == StorageService.Table && counter.IsCountingEntityOperations)
        {
            counter.CountEntityOperations(EntityOperations.Of(message));
        }
    }
}
