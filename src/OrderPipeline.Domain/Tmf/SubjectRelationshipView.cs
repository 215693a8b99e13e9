namespace OrderPipeline.Domain.Tmf;

/// <summary>
/// A link from an item's product (or service) to an existing one in inventory, by its id
/// (<c>product.productRelationship[].product.id</c>, <c>service.serviceRelationship[].service.id</c>).
/// </summary>
public sealed record SubjectRelationshipView(string? SubjectId, string? RelationshipType);
