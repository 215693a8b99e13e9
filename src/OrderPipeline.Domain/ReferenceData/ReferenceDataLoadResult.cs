using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData;

/// <summary>What loading a reference-data document did: the records written per kind, or every problem found and nothing written.</summary>
public sealed record ReferenceDataLoadResult(IReadOnlyDictionary<ReferenceKind, int> Counts, IReadOnlyList<ValidationFailure> Failures)
{
    public bool IsLoaded => Failures.Count == 0;

    public static ReferenceDataLoadResult Loaded(IReadOnlyDictionary<ReferenceKind, int> counts) => new(counts, []);

    public static ReferenceDataLoadResult Refused(IReadOnlyList<ValidationFailure> failures) => new(new Dictionary<ReferenceKind, int>(), failures);
}
