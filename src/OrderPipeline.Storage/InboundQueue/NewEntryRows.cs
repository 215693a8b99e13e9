using Azure.Data.Tables;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>The three rows a new entry is written as, and how many new entries fit one transaction.</summary>
internal sealed record NewEntryRows(TableEntity Entry, TableEntity Index, TableEntity Payload)
{
    public const int ActionCount = 3;

    // Azure's limit for a transaction is 4 MiB; strings count twice (UTF-16), plus room for the rest.
    private const long TransactionBudgetBytes = 3L * 1024 * 1024;

    public IEnumerable<TableTransactionAction> Actions =>
    [
        new(TableTransactionActionType.Add, Entry),
        new(TableTransactionActionType.Add, Index),
        new(TableTransactionActionType.Add, Payload),
    ];

    /// <summary>
    /// How many of <paramref name="pending"/>, from the first, one transaction takes: at most 100 operations, the size
    /// budget, and never one entry twice (simultaneous repeats of one request; a transaction may touch a row only once).
    /// </summary>
    public static int HowManyFit(IReadOnlyList<NewEntryRows> pending)
    {
        var bytes = 0L;
        var count = 0;
        var entries = new HashSet<string>();
        foreach (var rows in pending)
        {
            bytes += rows.ApproximateBytes;
            if (count == PartitionTransaction.MaxOperations / ActionCount || (count > 0 && bytes > TransactionBudgetBytes)) break;
            if (!entries.Add(rows.Entry.RowKey)) break;
            count++;
        }

        return count;
    }

    private long ApproximateBytes =>
        new[] { Entry, Index, Payload }.Sum(row => 512 + ((IDictionary<string, object>)row).Values.Sum(value => value is string text ? 2L * text.Length : 16));
}
