namespace OrderPipeline.Domain.Validation;

/// <summary>Collects every failure a rule set finds, so the client learns all of them at once.</summary>
internal sealed class FailureList
{
    private readonly List<ValidationFailure> failures = [];

    public IReadOnlyList<ValidationFailure> Items => failures;

    public void Add(string path, string message) => failures.Add(new ValidationFailure(path, message));

    public void AddRange(IEnumerable<ValidationFailure> more) => failures.AddRange(more);
}
