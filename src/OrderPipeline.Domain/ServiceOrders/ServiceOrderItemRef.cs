using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.ServiceOrders;

/// <summary>A reference to a service order item: its <see cref="ItemId"/>, and the order when it is another one.</summary>
public sealed record ServiceOrderItemRef
{
    public string? ItemId { get; init; }
    public string? ServiceOrderId { get; init; }
    public string? ServiceOrderHref { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
