using Azure;
using Azure.Data.Tables;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// One entry's state change as table operations: the entry row replaced if its ETag still matches, its new index
/// row written, its old one deleted. Several entries' changes of one partition fit one transaction.
/// </summary>
internal static class EntryUpdate
{
    public static TransactionPart Of(InboundEntry entry)
    {
        var version = new ETag(entry.Version ?? throw new InvalidOperationException("Only an entry read from the store can be updated."));
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, InboundEntryRows.ToEntity(entry), version),
            new(TableTransactionActionType.UpsertReplace, InboundEntryRows.ToIndex(entry)),
        };
        if (entry.PersistedState != entry.State)
        {
            var oldIndex = new TableEntity(InboundKeys.Partition(entry.Id), InboundKeys.Index(entry.PersistedState, entry.Id));
            actions.Add(new(TableTransactionActionType.Delete, oldIndex, ETag.All));
        }

        return new TransactionPart(entry.Id, actions);
    }
}
