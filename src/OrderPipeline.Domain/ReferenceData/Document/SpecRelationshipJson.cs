namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>A relationship to another specification: <c>{"id": …, "relationshipType": …}</c>.</summary>
internal sealed class SpecRelationshipJson
{
    public string? Id { get; set; }
    public string? RelationshipType { get; set; }
}
