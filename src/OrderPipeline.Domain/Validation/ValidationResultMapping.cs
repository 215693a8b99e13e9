namespace OrderPipeline.Domain.Validation;

/// <summary>FluentValidation's result as the failures callers and the error body read: each JSON path with its message.</summary>
internal static class ValidationResultMapping
{
    public static IReadOnlyList<ValidationFailure> ToFailures(this FluentValidation.Results.ValidationResult result) =>
        [.. result.Errors.Select(error => new ValidationFailure(error.PropertyName, error.ErrorMessage))];
}
