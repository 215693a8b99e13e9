using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.ServiceOrders;

/// <summary>A link from one service order item to another item, named by <c>orderItem.itemId</c> (TMF641 ServiceOrderItemRelationship).</summary>
public sealed record ServiceOrderItemRelationship
{
    public string? RelationshipType { get; init; }
    public ServiceOrderItemRef? OrderItem { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
