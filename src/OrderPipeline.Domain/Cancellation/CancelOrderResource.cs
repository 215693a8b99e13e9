using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.Cancellation;

/// <summary>
/// What TMF622 CancelProductOrder and TMF641 CancelServiceOrder share: everything but the name of the order reference.
/// A client sends the reference, <c>cancellationReason</c> and <c>requestedCancellationDate</c>; the server sets the rest.
/// </summary>
public abstract record CancelOrderResource
{
    public string? Id { get; init; }
    public string? Href { get; init; }
    public string? State { get; init; }
    public string? CancellationReason { get; init; }
    public string? RequestedCancellationDate { get; init; }
    public string? EffectiveCancellationDate { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    /// <summary>Fields the record does not type; a create request may not carry any the server owns.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
