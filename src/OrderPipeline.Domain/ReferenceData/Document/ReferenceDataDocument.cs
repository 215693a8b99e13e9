using System.Text.Json;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>
/// Reads a reference-data document: one JSON object whose optional arrays, named as TM Forum names them, hold the records
/// of each kind. The whole document is checked and every problem reported with its JSON path; only a document without
/// problems yields a set.
/// </summary>
internal static class ReferenceDataDocument
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static (ReferenceDataSet? Set, IReadOnlyList<ValidationFailure> Failures) Read(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        // A file saved by an editor may start with a byte order mark, which the parser does not take.
        var text = json.Span.StartsWith(Utf8Bom) ? json[Utf8Bom.Length..] : json;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            return (null, [new("", $"The document is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).")]);
        }

        using (document)
        {
            // Read as orders are: a name given twice or a control character is refused, not loaded one way or the other.
            var problems = JsonTextChecks.Find(text.Span);
            return problems.Count > 0 ? (null, problems) : Read(document.RootElement);
        }
    }

    private static (ReferenceDataSet? Set, IReadOnlyList<ValidationFailure> Failures) Read(JsonElement root)
    {
        var known = string.Join(", ", ReferenceKindNames.All.Select(kind => kind.DocumentName()));
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, [new("", $"The document must be a JSON object holding any of {known}, not {DocumentElements.Describe(root.ValueKind)}.")]);
        }

        var failures = new FailureList();
        var arrays = new Dictionary<ReferenceKind, JsonElement>();
        foreach (var property in root.EnumerateObject())
        {
            if (!ReferenceKindNames.TryParse(property.Name, out var kind))
            {
                failures.Add(property.Name, $"'{property.Name}' is not part of a reference-data document, which holds {known}");
            }
            else if (!arrays.TryAdd(kind, property.Value))
            {
                failures.Add(property.Name, $"{property.Name} appears more than once");
            }
        }

        var set = new ReferenceDataSet(
            OfferingSection.Read(arrays.GetValueOrDefault(ReferenceKind.ProductOffering), failures),
            SpecificationSection.Read(arrays.GetValueOrDefault(ReferenceKind.ProductSpecification), SpecificationVocabulary.Product, failures),
            SpecificationSection.Read(arrays.GetValueOrDefault(ReferenceKind.ServiceSpecification), SpecificationVocabulary.Service, failures),
            PartySection.Read(arrays.GetValueOrDefault(ReferenceKind.Party), failures),
            InventorySection.ReadProducts(arrays.GetValueOrDefault(ReferenceKind.Product), failures),
            InventorySection.ReadServices(arrays.GetValueOrDefault(ReferenceKind.Service), failures));
        return failures.Items.Count == 0 ? (set, []) : (null, failures.Items);
    }
}
