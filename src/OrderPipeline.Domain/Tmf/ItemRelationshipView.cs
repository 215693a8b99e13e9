namespace OrderPipeline.Domain.Tmf;

/// <summary>
/// A link from an order item to another item of the same order. <see cref="ItemIdPath"/> is where the other
/// item's id sits inside the relationship: <c>id</c> in TMF622, <c>orderItem.itemId</c> in TMF641.
/// </summary>
public sealed record ItemRelationshipView(string? ItemId, string? RelationshipType, string ItemIdPath);
