namespace OrderPipeline.Domain.ReferenceData;

/// <summary>
/// A product (TMF637) or service (TMF638) the customer already has. <see cref="Status"/> is the product's
/// <c>status</c> or the service's <c>state</c>; <see cref="OfferingId"/> is null for services.
/// </summary>
public sealed record InventoryItem(
    string Id,
    string? Status,
    string? SpecificationId,
    string? OfferingId,
    IReadOnlyList<InventoryParty> RelatedParty)
{
    public bool IsActive => string.Equals(Status, "active", StringComparison.OrdinalIgnoreCase);
}
