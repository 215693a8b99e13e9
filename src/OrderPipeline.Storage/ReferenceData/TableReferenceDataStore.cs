using Azure.Data.Tables;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.ReferenceData;

/// <summary>
/// Reference data in Table Storage (<see cref="ReferenceDataRows"/>). A set is written with UpsertReplace in entity-group
/// transactions of one partition each, so writing it again converges on the same rows; reads are point reads, those of one
/// partition that arrive together answered by one query.
/// </summary>
internal sealed class TableReferenceDataStore : IReferenceDataStore
{
    private const int ConcurrentTransactions = 8;
    private readonly TableClient table;
    private readonly GroupedPointReads reads;

    public TableReferenceDataStore(TableServiceClient tables, StorageNames names)
    {
        table = tables.GetTableClient(names.ReferenceDataTable);
        reads = new GroupedPointReads(table);
    }

    public async Task<IReadOnlyDictionary<ReferenceKind, int>> UpsertAsync(ReferenceDataSet set, CancellationToken cancellationToken)
    {
        var upserts = ReferenceDataRows.From(set).Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
        await TransactionChunks.SubmitAsync(table, upserts, ConcurrentTransactions, cancellationToken);
        return set.Counts();
    }

    public async Task<ReferenceSnapshot> ReadAsync(ReferenceQuery query, CancellationToken cancellationToken)
    {
        // An id that cannot be a row key was never stored; asking the service for it would only earn a 400.
        var keys = query.Ids.SelectMany(pair => pair.Value.Where(ReferenceId.IsStorable).Select(id => (Kind: pair.Key, Id: id)));
        var rows = await Task.WhenAll(keys.Select(async key =>
            (key.Kind, Row: await reads.ReadAsync(ReferenceDataRows.PartitionKey(key.Kind, key.Id), key.Id).WaitAsync(cancellationToken))));

        var snapshot = new ReferenceSnapshotBuilder();
        foreach (var (kind, row) in rows)
        {
            if (row is not null) snapshot.Add(kind, ReferenceDataRows.ToRecord(kind, row));
        }

        return snapshot.Build();
    }

    public async Task<IReadOnlyDictionary<ReferenceKind, int>> CountAsync(CancellationToken cancellationToken)
    {
        // Table Storage has no count: read the keys of every partition of every kind, all pages.
        var counts = await Task.WhenAll(ReferenceKindNames.All.SelectMany(kind => ReferenceDataRows.Partitions(kind).Select(async partition =>
            (Kind: kind, Rows: (await table.ToListAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken)).Count))));
        return ReferenceKindNames.All.ToDictionary(kind => kind, kind => counts.Where(count => count.Kind == kind).Sum(count => count.Rows));
    }
}
