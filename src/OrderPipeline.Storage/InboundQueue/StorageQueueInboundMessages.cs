using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Telemetry;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Sends and reads the trigger messages for entries on the inbound queue. Entries enqueued while a send for their
/// partition is in flight go together in the next message, so entries accepted at once cost one message between them.
/// A small order travels with its entry; reading such a message hands the entry to the store as stored, so that its
/// claim, payload and completion need no read.
/// </summary>
internal sealed class StorageQueueInboundMessages : IInboundMessageQueue
{
    private readonly QueueClientFactory queues;
    private readonly TableInboundEntryStore store;
    private readonly IOptions<InboundQueueOptions> options;
    private readonly GroupCommit<Queued, bool> sends;

    public StorageQueueInboundMessages(QueueClientFactory queues, TableInboundEntryStore store, IOptions<InboundQueueOptions> options)
    {
        this.queues = queues;
        this.store = store;
        this.options = options;
        sends = new GroupCommit<Queued, bool>(HowManyFit, SendAsync);
    }

    public Task EnqueueAsync(InboundEntry accepted, string payload, CancellationToken cancellationToken)
    {
        // An order of more characters than the entry may have bytes cannot travel whole: it is not serialized only to be measured.
        if (payload.Length > InboundMessage.MaxEntryBytes || accepted.Version is null)
        {
            return EnqueueAsync(accepted.Id, cancellationToken);
        }

        var whole = JsonSerializer.Serialize(
            new InboundMessageEntry(accepted.Id, accepted.Version, OrderTypeNames.Of(accepted.OrderType), accepted.ExternalId, accepted.Source,
                accepted.CreatedAt, payload, OrderTelemetry.CurrentTraceParent()),
            StorageJsonContext.Default.InboundMessageEntry);
        var bytes = Encoding.UTF8.GetByteCount(whole);
        return bytes <= InboundMessage.MaxEntryBytes
            ? sends.WriteAsync(Partition(accepted.Id), new Queued(whole, bytes))
            : EnqueueAsync(accepted.Id, cancellationToken);
    }

    public Task EnqueueAsync(string entryId, CancellationToken cancellationToken)
    {
        var pointer = JsonSerializer.Serialize(
            new InboundMessageEntry(entryId, TraceParent: OrderTelemetry.CurrentTraceParent()), StorageJsonContext.Default.InboundMessageEntry);
        return sends.WriteAsync(Partition(entryId), new Queued(pointer, Encoding.UTF8.GetByteCount(pointer)));
    }

    public IReadOnlyList<InboundDelivery> Read(string messageText)
    {
        InboundMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(messageText, StorageJsonContext.Default.InboundMessage);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The queue message is not an inbound entry message: {ex.Message}", ex);
        }

        var entries = message?.AllEntries ?? [];
        if (entries.Count == 0 || entries.Any(entry => string.IsNullOrEmpty(entry.Id)))
        {
            throw new FormatException("The queue message names no inbound entry id.");
        }

        return [.. entries.Select(ToDelivery)];
    }

    private InboundDelivery ToDelivery(InboundMessageEntry carried)
    {
        if (carried is not { Version: { } version, Order: { } order, AcceptedAt: { } acceptedAt })
        {
            return new InboundDelivery(carried.Id, TraceParent: carried.TraceParent);
        }

        // Exactly what InboundEntry.Accept made and the intake stored under this version.
        var entry = InboundEntry.Rehydrate(carried.Id, OrderTypeNames.Parse(carried.OrderType), carried.ExternalId, carried.Source ?? "",
            InboundState.New, 0, acceptedAt, acceptedAt, null, null, null, [new InboundTransition(InboundState.New, acceptedAt)], version);
        store.Remember(entry, order);
        return new InboundDelivery(carried.Id, entry, carried.TraceParent);
    }

    private string Partition(string entryId) => InboundKeys.Partition(entryId, options.Value.PartitionsAtOnce);

    private static int HowManyFit(IReadOnlyList<Queued> pending)
    {
        var (count, bytes) = (0, 0);
        foreach (var queued in pending)
        {
            bytes += queued.Bytes + 1;
            if (count == InboundMessage.MaxEntries || (count > 0 && bytes > InboundMessage.MaxBytes)) break;
            count++;
        }

        return count;
    }

    private async Task<IReadOnlyList<bool>> SendAsync(IReadOnlyList<Queued> batch)
    {
        var text = new StringBuilder("{\"entries\":[");
        text.AppendJoin(',', batch.Select(queued => queued.Json)).Append("]}");
        await queues.InboundQueue().SendMessageAsync(text.ToString());
        return [.. batch.Select(_ => true)];
    }

    private sealed record Queued(string Json, int Bytes);
}
