using System.Text.Json;
using OrderPipeline.Domain.InboundQueue;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Sends the trigger messages for entries to the inbound queue. Entries enqueued while a send for their partition
/// is in flight go together in the next message, so entries accepted at once cost one message between them.
/// </summary>
internal sealed class StorageQueueInboundMessages : IInboundMessageQueue
{
    private readonly QueueClientFactory queues;
    private readonly GroupCommit<string, bool> sends;

    public StorageQueueInboundMessages(QueueClientFactory queues)
    {
        this.queues = queues;
        sends = new GroupCommit<string, bool>(ids => Math.Min(ids.Count, InboundMessage.MaxIds), SendAsync);
    }

    public Task EnqueueAsync(string entryId, CancellationToken cancellationToken) =>
        sends.WriteAsync(InboundKeys.Partition(entryId), entryId);

    private async Task<IReadOnlyList<bool>> SendAsync(IReadOnlyList<string> ids)
    {
        var message = ids.Count == 1 ? new InboundMessage(Id: ids[0]) : new InboundMessage(Ids: ids);
        await queues.InboundQueue().SendMessageAsync(JsonSerializer.Serialize(message, StorageJsonContext.Default.InboundMessage));
        return [.. ids.Select(_ => true)];
    }
}
