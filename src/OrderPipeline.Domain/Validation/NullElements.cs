namespace OrderPipeline.Domain.Validation;

/// <summary>JSON lets a client send <c>null</c> where a list expects objects; each such element is a failure at its index.</summary>
internal static class NullElements
{
    public static IEnumerable<ValidationFailure> In<T>(IReadOnlyList<T?>? list, string path)
        where T : class
    {
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            if (list![i] is null) yield return new ValidationFailure($"{path}[{i}]", "must be an object, not null");
        }
    }
}
