using Azure.Core;
using Azure.Core.Pipeline;

namespace OrderPipeline.Storage.Diagnostics;

/// <summary>
/// Counts each request a storage client sends. Registered per retry, so it counts what goes on the wire:
/// a table transaction is one request, a retried request is two.
/// </summary>
internal sealed class StorageOperationCountingPolicy(StorageOperationCounter counter, StorageService service) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) => counter.Count(service);
}
