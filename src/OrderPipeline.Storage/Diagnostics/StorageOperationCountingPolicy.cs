using Azure.Core;
using Azure.Core.Pipeline;

namespace OrderPipeline.Storage.Diagnostics;

/// <summary>
/// Counts each request a storage client sends, and for the table service the entities each successful request wrote or
/// read. Registered per retry, so it counts what goes on the wire: a table transaction is one request of as many entities
/// as it holds operations, a retried request is two.
/// </summary>
internal sealed class StorageOperationCountingPolicy(StorageOperationCounter counter, StorageService service) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) => counter.Count(service);

    public override void OnReceivedResponse(HttpMessage message)
    {
        if (service == StorageService.Table && message.HasResponse && message.Response.Status is >= 200 and < 300)
        {
            var entities = TableEntityCount.Of(message);
            if (entities > 0) counter.CountEntities(entities);
        }
    }
}
