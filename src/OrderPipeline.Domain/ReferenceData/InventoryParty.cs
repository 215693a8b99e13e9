namespace OrderPipeline.Domain.ReferenceData;

/// <summary>A party linked to an inventory item, with its role (<c>Customer</c>, <c>User</c>, …).</summary>
public sealed record InventoryParty(string Id, string? Role);
