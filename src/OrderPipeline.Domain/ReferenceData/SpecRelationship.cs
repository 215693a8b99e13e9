namespace OrderPipeline.Domain.ReferenceData;

/// <summary>A relationship a specification declares to another specification of the same kind (<c>requires</c>, <c>bundles</c>, …).</summary>
public sealed record SpecRelationship(string SpecificationId, string RelationshipType);
