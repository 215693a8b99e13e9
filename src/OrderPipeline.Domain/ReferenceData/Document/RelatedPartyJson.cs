namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>A party an inventory item is linked to, with its role.</summary>
internal sealed class RelatedPartyJson
{
    public string? Id { get; set; }
    public string? Role { get; set; }
}
