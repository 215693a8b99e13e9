using System.Text.Json;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>
/// A declared characteristic's value has the declared type (see <see cref="ValueForms"/>) and, where the specification
/// lists allowed values, is one of them; a <c>valueType</c> sent by the client agrees with the declared one.
/// </summary>
internal static class CharacteristicValueRules
{
    public static void Check(
        CatalogContext context, Specification specification, SpecCharacteristic declaration, Characteristic characteristic, string path, FailureList failures)
    {
        var spec = Describe.Specification(context, specification);
        if (CatalogContext.Known(characteristic.ValueType)
            && !string.Equals(characteristic.ValueType, declaration.ValueType, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{path}.valueType", $"valueType '{characteristic.ValueType}' contradicts {spec}, which declares '{declaration.Name}' as {declaration.ValueType}; send valueType '{declaration.ValueType}' or leave it out");
        }

        // A type outside the four is the catalog's to explain; the value is not judged against it.
        if (ValueForms.Known(declaration.ValueType) is not { } type) return;

        var valuePath = $"{path}.value";
        if (characteristic.Value is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value)
        {
            failures.Add(valuePath, $"characteristic '{declaration.Name}' has no value; {spec} declares it as {type}: send {ValueForms.Example(type)}");
        }
        else if (!ValueForms.HasType(type, value))
        {
            failures.Add(valuePath, $"value {Describe.Value(value)} is not {ValueForms.Article(type)}, the type {spec} declares for '{declaration.Name}'; send {ValueForms.Example(type)}");
        }
        else if (declaration.AllowedValues.Count > 0 && !declaration.AllowedValues.Any(allowed => ValueForms.AreEqual(type, value, allowed)))
        {
            failures.Add(valuePath, $"value {Describe.Value(value)} is not one of {Describe.List(declaration.AllowedValues.Select(Describe.Listed))}, the values {spec} allows for '{declaration.Name}'");
        }
    }
}
