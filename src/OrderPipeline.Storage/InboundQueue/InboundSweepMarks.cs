using System.Net;
using Azure;
using Azure.Data.Tables;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// Lets the sweeper find stalled entries without an index row per entry and without reading the whole table. Ids sort by
/// time, so a partition's entry rows are in the order they were accepted; each partition's mark row holds an id before
/// which every entry is finished (Done or Error). A sweep reads the rows from the mark on, asking the service for the
/// stalled ones only, then moves the mark up to the first entry still unfinished. Marks only ever move up by an
/// ETag-conditional write (a sweeper that lost a race leaves the mark as it is), and down when an admin puts an entry back
/// to New, before the entry changes.
/// </summary>
internal sealed class InboundSweepMarks(TableClient table)
{
    private const string MarkProperty = "Mark";

    /// <returns>Ids of New entries untouched since <paramref name="newBefore"/> and of InProgress entries whose lease ended by <paramref name="now"/>.</returns>
    public async Task<IReadOnlyList<string>> FindStalledAsync(
        string partition, DateTimeOffset newBefore, DateTimeOffset now, DateTimeOffset settled, CancellationToken cancellationToken)
    {
        var (mark, version) = await ReadAsync(partition, cancellationToken);
        var from = InboundKeys.EntryPrefix + mark;
        var stalledFilter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {InboundKeys.EntryAt(now)} and ((State eq {nameof(InboundState.New)} and UpdatedAt le {newBefore}) or (State eq {nameof(InboundState.InProgress)} and LeaseUntil le {now}))");
        var stalled = await table.ToListAsync<TableEntity>(stalledFilter, ["RowKey"], cancellationToken);

        var upTo = InboundKeys.EntryAt(settled);
        if (string.CompareOrdinal(from, upTo) < 0)
        {
            var unfinishedFilter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {upTo} and (State eq {nameof(InboundState.New)} or State eq {nameof(InboundState.InProgress)})");
            var firstUnfinished = await FirstAsync(unfinishedFilter, cancellationToken);
            var next = InboundKeys.EntryId(firstUnfinished ?? upTo);
            if (string.CompareOrdinal(next, mark) > 0)
            {
                await MoveUpAsync(partition, version, next, cancellationToken);
            }
        }

        return [.. stalled.Select(row => InboundKeys.EntryId(row.RowKey))];
    }

    /// <summary>Makes sure the sweeper looks at <paramref name="entryId"/> again.</summary>
    public async Task LowerToAsync(string partition, string entryId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (mark, version) = await ReadAsync(partition, cancellationToken);
            if (version is null || string.CompareOrdinal(mark, entryId) <= 0)
            {
                return;
            }

            try
            {
                await table.UpdateEntityAsync(Row(partition, entryId), version.Value, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
            {
                // A sweeper moved it meanwhile: read it again.
            }
        }
    }

    private async Task<(string Mark, ETag? Version)> ReadAsync(string partition, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(partition, InboundKeys.SweepMark, cancellationToken: cancellationToken);
        return row.HasValue ? (row.Value!.GetString(MarkProperty) ?? "", row.Value.ETag) : ("", null);
    }

    private async Task MoveUpAsync(string partition, ETag? version, string mark, CancellationToken cancellationToken)
    {
        try
        {
            if (version is { } etag)
            {
                await table.UpdateEntityAsync(Row(partition, mark), etag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await table.AddEntityAsync(Row(partition, mark), cancellationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict or (int)HttpStatusCode.NotFound)
        {
            // Another sweeper or an admin retry moved it first; the next sweep moves it on.
        }
    }

    /// <summary>The first entry (the oldest) that the filter matches, paging past empty pages.</summary>
    private async Task<string?> FirstAsync(string filter, CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken))
        {
            return row.RowKey;
        }

        return null;
    }

    private static TableEntity Row(string partition, string mark) => new(partition, InboundKeys.SweepMark) { [MarkProperty] = mark };
}
