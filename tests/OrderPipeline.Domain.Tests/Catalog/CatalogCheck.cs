using OrderPipeline.Domain.Tmf;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Domain.Validation.Catalog;

namespace OrderPipeline.Domain.Tests.Catalog;

/// <summary>Runs the catalog rules over an order, against the sample catalog unless a test brings its own.</summary>
internal static class CatalogCheck
{
    public static Task<IReadOnlyList<ValidationFailure>> CheckAsync(this OrderView order, InMemoryReferenceCatalog? catalog = null) =>
        new CatalogValidation(catalog ?? SampleCatalog.Create()).CheckAsync(order, CancellationToken.None);

    public static Task<IReadOnlyList<ValidationFailure>> CheckAsync(this OrderBuilder order, InMemoryReferenceCatalog? catalog = null) =>
        order.Build().CheckAsync(catalog);

    /// <summary>
    /// A valid order: an access line (which relies on a router) and its router. Tests add to it or break it.
    /// </summary>
    public static OrderBuilder ValidOrder(OrderType orderType) => new OrderBuilder(orderType)
        .Add("01", SampleCatalog.Access, item => item.Characteristic("bandwidth", "\"1Gbps\"").RelatesTo("02"))
        .Add("02", SampleCatalog.Cpe);

    /// <summary>Asserts exactly one failure, at <paramref name="path"/>, and returns its message.</summary>
    public static string SingleAt(this IReadOnlyList<ValidationFailure> failures, string path)
    {
        var failure = Assert.Single(failures);
        Assert.Equal(path, failure.Path);
        return failure.Message;
    }

    public static void Mentions(this string message, params string[] words)
    {
        foreach (var word in words) Assert.Contains(word, message, StringComparison.Ordinal);
    }
}
