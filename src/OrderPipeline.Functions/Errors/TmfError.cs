using System.Text.Json.Serialization;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Functions.Errors;

/// <summary>
/// The TM Forum error body: <c>code</c>, <c>reason</c>, <c>message</c>, <c>status</c>, and here also
/// <c>details</c>, every failure found with the JSON path it concerns.
/// </summary>
public sealed record TmfError(
    string Code,
    string Reason,
    string Message,
    string Status,
    IReadOnlyList<ValidationFailure>? Details = null)
{
    [JsonPropertyName("@type")]
    public string Type => "Error";
}
