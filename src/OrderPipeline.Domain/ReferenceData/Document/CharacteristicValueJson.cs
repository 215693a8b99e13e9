using System.Text.Json;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>One allowed value of a characteristic: <c>{"value": …}</c>, of any JSON type.</summary>
internal sealed class CharacteristicValueJson
{
    /// <summary>Undefined when absent, <see cref="JsonValueKind.Null"/> when null.</summary>
    public JsonElement Value { get; set; }
}
