using FluentValidation;

namespace OrderPipeline.Domain.Validation.WellFormedness;

/// <summary>JSON lets a client send <c>null</c> where a list expects objects; each such element is a failure at its index.</summary>
internal static class NullElements
{
    public static IRuleBuilderOptions<T, TElement> MustBeObjects<T, TElement>(this IRuleBuilderInitialCollection<T, TElement> elements, string path) =>
        elements.NotNull().WithMessage("must be an object, not null").OverridePropertyName(path);
}
