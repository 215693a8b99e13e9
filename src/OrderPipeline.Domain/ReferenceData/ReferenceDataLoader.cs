using OrderPipeline.Domain.ReferenceData.Document;

namespace OrderPipeline.Domain.ReferenceData;

/// <summary>
/// Loads a reference-data document into the store, whole or not at all: a document with any problem is refused with all
/// of them. The admin endpoint and the seed at start both load through here.
/// </summary>
public sealed class ReferenceDataLoader(IReferenceDataStore store)
{
    /// <param name="document">The document as UTF-8 JSON.</param>
    public async Task<ReferenceDataLoadResult> LoadAsync(ReadOnlyMemory<byte> document, CancellationToken cancellationToken)
    {
        var (set, failures) = ReferenceDataDocument.Read(document);
        return set is null
            ? ReferenceDataLoadResult.Refused(failures)
            : ReferenceDataLoadResult.Loaded(await store.UpsertAsync(set, cancellationToken));
    }
}
