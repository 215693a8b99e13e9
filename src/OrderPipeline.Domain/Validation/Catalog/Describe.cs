using System.Text.Json;
using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>How catalog messages show what was sent and what the catalog holds.</summary>
internal static class Describe
{
    /// <summary>"productSpecification 'PS-FIBER'" or "serviceSpecification 'SS-ACCESS'".</summary>
    public static string Specification(CatalogContext context, Specification specification) =>
        $"{context.Names.Specification} '{specification.Id}'";

    public static string Status(string? status) => string.IsNullOrWhiteSpace(status) ? "without a status" : status;

    /// <summary>A value as the client would recognise it: strings in quotes, other JSON as written.</summary>
    public static string Value(JsonElement value) =>
        Clip(value.ValueKind == JsonValueKind.String ? $"'{value.GetString()}'" : value.GetRawText());

    /// <summary>An allowed value in a list: strings bare, so the list reads like the catalog's.</summary>
    public static string Listed(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();

    public static string List(IEnumerable<string> values) => string.Join(", ", values);

    // A value is echoed back to the client; a long one is cut so one characteristic cannot swell the error body.
    private static string Clip(string text) => text.Length <= MaxShown ? text : $"{text[..MaxShown]}…";

    private const int MaxShown = 80;
}
