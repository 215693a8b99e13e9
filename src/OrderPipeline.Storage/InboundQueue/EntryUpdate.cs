using Azure;
using Azure.Data.Tables;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// One entry's state change as one ETag-conditional operation on its row. A claim or a release only sets values, so it is
/// a merge that leaves the payload where it is. Any other change clears values (a lease, an error), which only a
/// replace can do: Done drops the payload (the customer order holds the order now; a blob's name stays so that a purge
/// can still delete a blob a crash left behind), Error and New keep it for a retry.
/// Several entries' changes of one partition fit one transaction.
/// </summary>
internal static class EntryUpdate
{
    public static TransactionPart Of(InboundEntry entry, string partition, TableEntity payload)
    {
        var version = new ETag(entry.Version ?? throw new InvalidOperationException("Only an entry read from the store can be updated."));
        var row = InboundEntryRows.ToEntity(entry, partition);
        if (entry.State == InboundState.InProgress)
        {
            // A merge cannot clear a property, and a claim or a release clears none: leave out what is null.
            foreach (var name in row.Where(property => property.Value is null).Select(property => property.Key).ToList())
            {
                row.Remove(name);
            }

            return new TransactionPart(entry.Id, [new(TableTransactionActionType.UpdateMerge, row, version)]);
        }

        foreach (var (name, value) in payload.Where(property => KeepsOnReplace(entry.State, property.Key)))
        {
            row[name] = value;
        }

        return new TransactionPart(entry.Id, [new(TableTransactionActionType.UpdateReplace, row, version)]);
    }

    private static bool KeepsOnReplace(InboundState state, string property) =>
        property.StartsWith(InboundEntryRows.PayloadProperty, StringComparison.Ordinal)
        && (state != InboundState.Done || property == InboundEntryRows.PayloadBlobProperty);
}
