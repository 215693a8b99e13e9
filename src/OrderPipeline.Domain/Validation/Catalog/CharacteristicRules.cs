using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// The characteristics sent are the ones the item's specification declares, no more often than it allows, and
/// (for <c>add</c>) every required one is there. Values are left to <see cref="CharacteristicValueRules"/>.
/// </summary>
internal static class CharacteristicRules
{
    public static void Check(CatalogContext context, OrderItemView item, bool requireMandatory, FailureList failures)
    {
        if (context.EffectiveSpecification(item) is not { } specification) return;

        var listPath = $"{context.SubjectPath(item)}.{context.Names.Characteristics}";
        var declared = specification.Characteristics;
        var sentCounts = CountByName(item.Characteristics);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < item.Characteristics.Count; j++)
        {
            if (item.Characteristics[j] is not { } characteristic || !CatalogContext.Known(characteristic.Name)) continue;

            var path = $"{listPath}[{j}]";
            var declaration = declared.FirstOrDefault(candidate => string.Equals(candidate.Name, characteristic.Name, StringComparison.Ordinal));
            if (declaration is null)
            {
                failures.Add($"{path}.name", UndeclaredName(context, specification, characteristic.Name));
                continue;
            }

            seen[declaration.Name] = seen.GetValueOrDefault(declaration.Name) + 1;
            if (declaration.MaxCardinality is { } max && seen[declaration.Name] == max + 1)
            {
                failures.Add(path, $"characteristic '{declaration.Name}' is sent {sentCounts[declaration.Name]} times; {Describe.Specification(context, specification)} allows it at most {(max == 1 ? "once" : $"{max} times")}");
            }

            CharacteristicValueRules.Check(context, specification, declaration, characteristic, path, failures);
        }

        if (requireMandatory) CheckRequired(context, item, specification, sentCounts, failures);
    }

    private static void CheckRequired(
        CatalogContext context, OrderItemView item, Specification specification, Dictionary<string, int> sentCounts, FailureList failures)
    {
        var missing = specification.Characteristics
            .Where(declaration => declaration.MinCardinality >= 1 && sentCounts.GetValueOrDefault(declaration.Name) < declaration.MinCardinality)
            .Select(declaration => declaration.MinCardinality == 1
                ? declaration.Name
                : $"{declaration.Name} (at least {declaration.MinCardinality}, sent {sentCounts.GetValueOrDefault(declaration.Name)})")
            .ToList();
        if (missing.Count == 0) return;

        var path = item.Characteristics.Count == 0
            ? context.SubjectPath(item)
            : $"{context.SubjectPath(item)}.{context.Names.Characteristics}";
        failures.Add(path, $"{Describe.Specification(context, specification)} requires characteristics that were not sent: {Describe.List(missing)}; add them to {context.Names.Characteristics}");
    }

    private static string UndeclaredName(CatalogContext context, Specification specification, string name)
    {
        var sameButCase = specification.Characteristics.FirstOrDefault(
            declaration => string.Equals(declaration.Name, name, StringComparison.OrdinalIgnoreCase));
        if (sameButCase is not null)
        {
            return $"characteristic '{name}' is not declared by {Describe.Specification(context, specification)}; did you mean '{sameButCase.Name}'? Names are case-sensitive";
        }

        return specification.Characteristics.Count == 0
            ? $"characteristic '{name}' is not declared by {Describe.Specification(context, specification)}, which declares no characteristics"
            : $"characteristic '{name}' is not declared by {Describe.Specification(context, specification)}, which declares: {Describe.List(specification.Characteristics.Select(declaration => declaration.Name))}";
    }

    private static Dictionary<string, int> CountByName(IReadOnlyList<Characteristic?> characteristics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var characteristic in characteristics)
        {
            if (CatalogContext.Known(characteristic?.Name)) counts[characteristic.Name] = counts.GetValueOrDefault(characteristic.Name) + 1;
        }

        return counts;
    }
}
