using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage.Events;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Inbound entries in Table Storage: one row per entry, holding the submitted order too (or, when too large for an entity,
/// the name of the blob that does), until the entry is Done. A state change is one ETag-conditional operation on that
/// row. New entries, state changes and point reads of one partition are group-committed: those that arrive together
/// share a transaction or a query. Entries by state are found by queries over the entry rows; the sweeper reads only
/// the part of each partition after its sweep mark (see <see cref="InboundSweepMarks"/>).
/// </summary>
internal sealed class TableInboundEntryStore : IInboundEntryStore
{
    private readonly TableClient table;
    private readonly BlobContainerClient payloads;
    private readonly IOptions<InboundQueueOptions> options;
    private readonly GroupedTransactions intake;
    private readonly GroupedTransactions updates;
    private readonly GroupedPointReads reads;
    private readonly InboundSweepMarks marks;
    private readonly EventOutbox outbox;

    // What the store read or wrote along with an entry object: its partition and its payload's properties, so that
    // reading the payload or writing the entry again costs no further read.
    private readonly ConditionalWeakTable<InboundEntry, StoredEntry> stored = [];

    public TableInboundEntryStore(
        TableServiceClient tables, BlobServiceClient blobs, StorageNames names, IOptions<InboundQueueOptions> options, EventOutbox outbox)
    {
        this.outbox = outbox;
        table = tables.GetTableClient(names.InboundEntriesTable);
        payloads = blobs.GetBlobContainerClient(names.PayloadContainer);
        this.options = options;
        // A new entry is refused when it exists (a repeated request); a change when someone else moved the entry first.
        intake = new GroupedTransactions(table, ex => ex.Status == (int)HttpStatusCode.Conflict);
        updates = new GroupedTransactions(table, ex => ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound);
        reads = new GroupedPointReads(table);
        marks = new InboundSweepMarks(table);
    }

    public async Task<bool> AddAsync(InboundEntry entry, string payload, CancellationToken cancellationToken)
    {
        var partition = InboundKeys.Partition(entry.Id, options.Value.PartitionsAtOnce);
        var row = InboundEntryRows.ToEntity(entry, partition);
        if (payload.Length <= LargeText.EntityBudget)
        {
            LargeText.Write(row, InboundEntryRows.PayloadProperty, payload);
        }
        else
        {
            // Claim-check: the blob goes first, so the entry never points at a blob that is not there.
            var blobName = $"{entry.Id}.json";
            await payloads.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(payload), overwrite: true, cancellationToken);
            row[InboundEntryRows.PayloadBlobProperty] = blobName;
        }

        var version = await intake.SubmitAsync(partition, new TransactionPart(entry.Id, [new(TableTransactionActionType.Add, row)]));
        if (version is null)
        {
            return false;
        }

        entry.MarkPersisted(version);
        stored.AddOrUpdate(entry, new StoredEntry(partition, InboundEntryRows.PayloadOf(row)));
        return true;
    }

    /// <summary>Takes an entry as the intake stored it, with its order, from a queue message, as if it had been read.</summary>
    internal void Remember(InboundEntry accepted, string payload)
    {
        var partition = InboundKeys.Partition(accepted.Id, options.Value.PartitionsAtOnce);
        var row = new TableEntity(partition, InboundKeys.Entry(accepted.Id));
        LargeText.Write(row, InboundEntryRows.PayloadProperty, payload);
        stored.AddOrUpdate(accepted, new StoredEntry(partition, row));
    }

    public async Task<InboundEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        foreach (var partition in InboundKeys.Candidates(id, options.Value.PartitionsAtOnce))
        {
            if (await reads.ReadAsync(partition, InboundKeys.Entry(id)).WaitAsync(cancellationToken) is { } row)
            {
                var entry = InboundEntryRows.FromEntity(row);
                stored.AddOrUpdate(entry, new StoredEntry(partition, InboundEntryRows.PayloadOf(row)));
                return entry;
            }
        }

        return null;
    }

    public async Task<string> ReadPayloadAsync(InboundEntry entry, CancellationToken cancellationToken)
    {
        var row = (await StoredAsync(entry, cancellationToken)).Payload;
        var (blobName, inline) = InboundEntryRows.ReadPayload(entry, row);
        if (blobName is null)
        {
            return inline ?? throw new InboundPayloadUnavailableException(entry.Id,
                entry.State == InboundState.Done ? "its payload is not kept once the order is created" : "its payload is missing from its row");
        }

        try
        {
            var content = await payloads.GetBlobClient(blobName).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            throw new InboundPayloadUnavailableException(entry.Id, $"blob {blobName} is missing", ex);
        }
    }

    public async Task<bool> TryUpdateAsync(InboundEntry entry, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken)
    {
        var known = await StoredAsync(entry, cancellationToken);
        if (entry.State == InboundState.New && entry.PersistedState != InboundState.New)
        {
            // Back to New (an admin retry): the sweeper must look at this entry again should its message be lost.
            await marks.LowerToAsync(known.Partition, entry.Id, cancellationToken);
        }

        await outbox.AnnounceAsync(table, known.Partition, events, cancellationToken);
        var update = EntryUpdate.Of(entry, known.Partition, known.Payload);
        if (events.Count > 0)
        {
            update = new TransactionPart(update.EntityKey, [.. update.Actions, .. EventOutbox.RowsFor(known.Partition, events)]);
        }

        var version = await updates.SubmitAsync(known.Partition, update).WaitAsync(cancellationToken);
        if (version is null)
        {
            return false;
        }

        entry.MarkPersisted(version);
        if (entry.State == InboundState.Done)
        {
            stored.AddOrUpdate(entry, known with { Payload = new TableEntity(known.Partition, InboundKeys.Entry(entry.Id)) });
            if (known.Payload.GetString(InboundEntryRows.PayloadBlobProperty) is { } blobName)
            {
                await payloads.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            }
        }

        return true;
    }

    public async Task<InboundEntryPage> ListAsync(InboundState? state, int offset, int limit, bool newestFirst, CancellationToken cancellationToken)
    {
        var rows = await QueryEntriesAsync(state is { } s ? TableClient.CreateQueryFilter($"State eq {s.ToString()}") : null, ["RowKey"], cancellationToken);
        // Ids sort in the order they were given out, so id order is acceptance order.
        var keys = rows.Select(row => InboundKeys.EntryId(row.RowKey));
        var ids = (newestFirst ? keys.OrderDescending(StringComparer.Ordinal) : keys.Order(StringComparer.Ordinal)).ToList();
        var page = await Task.WhenAll(ids.Skip(offset).Take(limit).Select(id => FindAsync(id, cancellationToken)));
        return new InboundEntryPage([.. page.OfType<InboundEntry>()], ids.Count);
    }

    public async Task<IReadOnlyDictionary<InboundState, int>> CountByStateAsync(CancellationToken cancellationToken)
    {
        var rows = await QueryEntriesAsync(extraFilter: null, ["State"], cancellationToken);
        return rows.GroupBy(row => Enum.Parse<InboundState>(row.GetString("State"))).ToDictionary(group => group.Key, group => group.Count());
    }

    public async Task<IReadOnlyList<string>> FindStalledAsync(DateTimeOffset newBefore, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        // The mark trails the grace period by as much again: an intake slower than that to land could be passed over.
        var settled = now - 2 * options.Value.NewEntryGracePeriod;
        var perPartition = await Task.WhenAll(InboundKeys.AllPartitions.Select(partition =>
            marks.FindStalledAsync(partition, newBefore, now, settled, cancellationToken)));
        return [.. perPartition.SelectMany(ids => ids).Order(StringComparer.Ordinal).Take(max)];
    }

    public async Task<int> PurgeDoneAsync(DateTimeOffset doneBefore, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"RowKey lt {InboundKeys.EntryAt(doneBefore)} and (State eq {nameof(InboundState.Done)} or State eq {nameof(InboundState.Cancelled)}) and UpdatedAt le {doneBefore}");
        var done = await QueryEntriesAsync(filter, ["PartitionKey", "RowKey", InboundEntryRows.PayloadBlobProperty], cancellationToken);
        foreach (var blobName in done.Select(row => row.GetString(InboundEntryRows.PayloadBlobProperty)).OfType<string>())
        {
            // Deleted when the entry became Done; one is left only where a crash came in between.
            await payloads.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }

        // A Done or Cancelled entry never changes again, so deleting it needs no ETag.
        await TransactionChunks.SubmitAsync(table,
            done.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(row.PartitionKey, row.RowKey), ETag.All)),
            concurrency: 4, cancellationToken);
        return done.Count;
    }

    public async Task<bool?> TryDeleteFailedAsync(string id, CancellationToken cancellationToken)
    {
        var entry = await FindAsync(id, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        if (entry.State != InboundState.Error)
        {
            return false;
        }

        var known = await StoredAsync(entry, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(known.Partition, InboundKeys.Entry(id), new ETag(entry.Version!), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return false;
        }

        if (known.Payload.GetString(InboundEntryRows.PayloadBlobProperty) is { } blobName)
        {
            await payloads.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }

        return true;
    }

    private async Task<StoredEntry> StoredAsync(InboundEntry entry, CancellationToken cancellationToken)
    {
        if (stored.TryGetValue(entry, out var known))
        {
            return known;
        }

        // An entry object this store did not read (built elsewhere): read its row once for its partition and payload.
        var again = await FindAsync(entry.Id, cancellationToken) ?? throw new InboundPayloadUnavailableException(entry.Id, "its row is missing");
        known = stored.GetValue(again, _ => throw new InvalidOperationException("An entry just read is known."));
        stored.AddOrUpdate(entry, known);
        return known;
    }

    /// <summary>Entry rows of every partition (not the sweep marks), with an optional further filter.</summary>
    private async Task<List<TableEntity>> QueryEntriesAsync(string? extraFilter, IEnumerable<string> select, CancellationToken cancellationToken)
    {
        var perPartition = await Task.WhenAll(InboundKeys.AllPartitions.Select(partition =>
        {
            var filter = TableQueries.RowKeyPrefix(partition, InboundKeys.EntryPrefix);
            return table.ToListAsync<TableEntity>(extraFilter is null ? filter : $"{filter} and {extraFilter}", select, cancellationToken);
        }));
        return [.. perPartition.SelectMany(rows => rows)];
    }

    private sealed record StoredEntry(string Partition, TableEntity Payload);
}
