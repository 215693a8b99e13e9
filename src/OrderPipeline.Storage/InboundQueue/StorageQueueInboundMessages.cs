using System.Text.Json;
using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>Sends the trigger message for an entry to the inbound queue.</summary>
internal sealed class StorageQueueInboundMessages(QueueClientFactory queues) : IInboundMessageQueue
{
    public async Task EnqueueAsync(string entryId, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Serialize(new InboundMessage(entryId), StorageJsonContext.Default.InboundMessage);
        await queues.InboundQueue().SendMessageAsync(message, cancellationToken);
    }
}
