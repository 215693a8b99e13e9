using System.Text.Json;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Telemetry;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Sends the trigger messages for entries to the inbound queue. Entries enqueued while a send for their partition
/// is in flight go together in the next message, so entries accepted at once cost one message between them.
/// </summary>
internal sealed class StorageQueueInboundMessages : IInboundMessageQueue
{
    private readonly QueueClientFactory queues;
    private readonly GroupCommit<QueuedEntry, bool> sends;

    public StorageQueueInboundMessages(QueueClientFactory queues)
    {
        this.queues = queues;
        sends = new GroupCommit<QueuedEntry, bool>(ids => Math.Min(ids.Count, InboundMessage.MaxIds), SendAsync);
    }

    public Task EnqueueAsync(string entryId, CancellationToken cancellationToken) =>
        sends.WriteAsync(InboundKeys.Partition(entryId), new QueuedEntry(entryId, OrderTelemetry.CurrentTraceParent()));

    private async Task<IReadOnlyList<bool>> SendAsync(IReadOnlyList<QueuedEntry> entries)
    {
        var ids = entries.Select(entry => entry.Id).ToList();
        Dictionary<string, string>? traceParents = null;
        foreach (var (id, traceParent) in entries)
        {
            if (traceParent is not null) (traceParents ??= [])[id] = traceParent;
        }

        var message = ids.Count == 1 ? new InboundMessage(Id: ids[0], TraceParents: traceParents) : new InboundMessage(Ids: ids, TraceParents: traceParents);
        await queues.InboundQueue().SendMessageAsync(JsonSerializer.Serialize(message, StorageJsonContext.Default.InboundMessage));
        return [.. ids.Select(_ => true)];
    }

    /// <summary>An entry to send a message for, with the trace context of whoever enqueued it.</summary>
    private sealed record QueuedEntry(string Id, string? TraceParent);
}
