using System.Net;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Inbound entries in Table Storage. Each entry has three rows in one partition: the entry, its payload
/// (the submitted order, or the name of the blob holding it when too large for an entity), and a state-index row.
/// The entry and its index row always change together in one ETag-conditional transaction. New entries, state changes
/// and point reads of one partition are group-committed: those that arrive together share a transaction or a query.
/// </summary>
internal sealed class TableInboundEntryStore : IInboundEntryStore
{
    private readonly TableClient table;
    private readonly BlobServiceClient blobs;
    private readonly StorageNames names;
    private readonly GroupedTransactions intake;
    private readonly GroupedTransactions updates;
    private readonly GroupedPointReads reads;

    public TableInboundEntryStore(TableServiceClient tables, BlobServiceClient blobs, StorageNames names)
    {
        table = tables.GetTableClient(names.InboundEntriesTable);
        this.blobs = blobs;
        this.names = names;
        // A new entry is refused when it exists (a repeated request); a change when someone else moved the entry first.
        intake = new GroupedTransactions(table, ex => ex.Status == (int)HttpStatusCode.Conflict);
        updates = new GroupedTransactions(table, ex => ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound);
        reads = new GroupedPointReads(table);
    }

    public async Task<bool> AddAsync(InboundEntry entry, string payload, CancellationToken cancellationToken)
    {
        var partition = InboundKeys.Partition(entry.Id);
        var payloadRow = new TableEntity(partition, InboundKeys.Payload(entry.Id));
        if (payload.Length <= LargeText.EntityBudget)
        {
            LargeText.Write(payloadRow, "Payload", payload);
        }
        else
        {
            // Claim-check: the blob goes first, so the entry never points at a blob that is not there.
            var blobName = $"{entry.Id}.json";
            await blobs.GetBlobContainerClient(names.PayloadContainer).GetBlobClient(blobName)
                .UploadAsync(BinaryData.FromString(payload), overwrite: true, cancellationToken);
            payloadRow["PayloadBlob"] = blobName;
        }

        var version = await intake.SubmitAsync(partition, new TransactionPart(entry.Id,
        [
            new(TableTransactionActionType.Add, InboundEntryRows.ToEntity(entry)),
            new(TableTransactionActionType.Add, InboundEntryRows.ToIndex(entry)),
            new(TableTransactionActionType.Add, payloadRow),
        ]));
        if (version is null)
        {
            return false;
        }

        entry.MarkPersisted(version);
        return true;
    }

    public async Task<InboundEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var row = await reads.ReadAsync(InboundKeys.Partition(id), InboundKeys.Entry(id)).WaitAsync(cancellationToken);
        return row is null ? null : InboundEntryRows.FromEntity(row);
    }

    public async Task<string> ReadPayloadAsync(InboundEntry entry, CancellationToken cancellationToken)
    {
        var row = await reads.ReadAsync(InboundKeys.Partition(entry.Id), InboundKeys.Payload(entry.Id)).WaitAsync(cancellationToken)
            ?? throw new InboundPayloadUnavailableException(entry.Id, "its payload row is missing");

        var (blobName, inline) = ReadPayloadRow(entry.Id, row);
        if (blobName is null)
        {
            return inline ?? throw new InboundPayloadUnavailableException(entry.Id, "its payload row is empty");
        }

        try
        {
            var blob = blobs.GetBlobContainerClient(names.PayloadContainer).GetBlobClient(blobName);
            var content = await blob.DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            throw new InboundPayloadUnavailableException(entry.Id, $"blob {blobName} is missing", ex);
        }
    }

    public async Task<bool> TryUpdateAsync(InboundEntry entry, CancellationToken cancellationToken)
    {
        var version = await updates.SubmitAsync(InboundKeys.Partition(entry.Id), EntryUpdate.Of(entry)).WaitAsync(cancellationToken);
        if (version is null)
        {
            return false;
        }

        entry.MarkPersisted(version);
        return true;
    }

    public async Task<InboundEntryPage> ListAsync(InboundState? state, int offset, int limit, bool newestFirst, CancellationToken cancellationToken)
    {
        var prefix = state is { } s ? InboundKeys.IndexPrefix(s) : InboundKeys.AnyIndexPrefix;
        var indexRows = await QueryIndexAsync(prefix, extraFilter: null, cancellationToken);
        // Ids sort in the order they were given out, so id order is acceptance order.
        var keys = indexRows.Select(row => InboundKeys.ParseIndex(row.RowKey).EntryId);
        var ids = (newestFirst ? keys.OrderDescending(StringComparer.Ordinal) : keys.Order(StringComparer.Ordinal)).ToList();
        var page = await Task.WhenAll(ids.Skip(offset).Take(limit).Select(id => FindAsync(id, cancellationToken)));
        return new InboundEntryPage([.. page.OfType<InboundEntry>()], ids.Count);
    }

    public async Task<IReadOnlyDictionary<InboundState, int>> CountByStateAsync(CancellationToken cancellationToken)
    {
        var indexRows = await QueryIndexAsync(InboundKeys.AnyIndexPrefix, extraFilter: null, cancellationToken);
        return indexRows.GroupBy(row => InboundKeys.ParseIndex(row.RowKey).State).ToDictionary(group => group.Key, group => group.Count());
    }

    public async Task<IReadOnlyList<string>> FindStalledAsync(DateTimeOffset newBefore, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var lost = QueryIndexAsync(InboundKeys.IndexPrefix(InboundState.New), TableClient.CreateQueryFilter($"Since le {newBefore}"), cancellationToken);
        var expired = QueryIndexAsync(InboundKeys.IndexPrefix(InboundState.InProgress), TableClient.CreateQueryFilter($"LeaseUntil le {now}"), cancellationToken);
        var rows = (await lost).Concat(await expired);
        return [.. rows.Select(row => InboundKeys.ParseIndex(row.RowKey).EntryId).Order(StringComparer.Ordinal).Take(max)];
    }

    /// <summary>The blob name the payload row points at, or else the payload it holds itself.</summary>
    private static (string? BlobName, string? Inline) ReadPayloadRow(string entryId, TableEntity row)
    {
        try
        {
            return row.GetString("PayloadBlob") is { } blobName ? (blobName, null) : (null, LargeText.Read(row, "Payload"));
        }
        catch (InvalidOperationException ex)
        {
            // TableEntity's typed getters throw this when a property holds another type: the row is damaged, and stays so.
            throw new InboundPayloadUnavailableException(entryId, $"its payload row is unreadable ({ex.Message})", ex);
        }
    }

    private async Task<List<TableEntity>> QueryIndexAsync(string prefix, string? extraFilter, CancellationToken cancellationToken)
    {
        string[] select = ["RowKey"];
        var perPartition = await Task.WhenAll(InboundKeys.AllPartitions.Select(partition =>
        {
            var filter = TableQueries.RowKeyPrefix(partition, prefix);
            return table.ToListAsync<TableEntity>(extraFilter is null ? filter : $"{filter} and {extraFilter}", select, cancellationToken);
        }));
        return [.. perPartition.SelectMany(rows => rows)];
    }
}
