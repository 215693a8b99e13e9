namespace OrderPipeline.Domain.ReferenceData;

/// <summary>The name each kind has in the reference-data document: the camelCase of its <see cref="ReferenceKind"/> name.</summary>
public static class ReferenceKindNames
{
    private static readonly Dictionary<string, ReferenceKind> KindsByName =
        Enum.GetValues<ReferenceKind>().ToDictionary(DocumentName, StringComparer.Ordinal);

    public static IReadOnlyList<ReferenceKind> All { get; } = Enum.GetValues<ReferenceKind>();

    public static string DocumentName(this ReferenceKind kind) => kind switch
    {
        ReferenceKind.ProductOffering => "productOffering",
        ReferenceKind.ProductSpecification => "productSpecification",
        ReferenceKind.ServiceSpecification => "serviceSpecification",
        ReferenceKind.Party => "party",
        ReferenceKind.Product => "product",
        ReferenceKind.Service => "service",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of reference data."),
    };

    public static bool TryParse(string documentName, out ReferenceKind kind) => KindsByName.TryGetValue(documentName, out kind);
}
