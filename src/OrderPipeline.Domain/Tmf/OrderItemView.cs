namespace OrderPipeline.Domain.Tmf;

/// <summary>
/// One order item as validation reads it. The subject is the item's <c>product</c> or <c>service</c>;
/// <see cref="SubjectId"/> names an existing one in inventory (modify, delete); <see cref="SubjectParties"/> are the
/// parties the subject names, as sent (an entry the client sent as <c>null</c> stays null).
/// </summary>
public sealed record OrderItemView(
    int Index,
    string? Id,
    string? Action,
    bool HasSubject,
    string? OfferingId,
    string? SpecificationId,
    string? SubjectId,
    IReadOnlyList<Characteristic?> Characteristics,
    IReadOnlyList<ItemRelationshipView> ItemRelationships,
    IReadOnlyList<SubjectRelationshipView> SubjectRelationships)
{
    public int? Quantity { get; init; }

    /// <summary>The item's <c>state</c> as sent: the server sets it, so a sent one is refused.</summary>
    public string? State { get; init; }

    public IReadOnlyList<RelatedParty?> SubjectParties { get; init; } = [];

    /// <summary>The item's fields kept untyped (nested items among them), where server-owned fields are looked for.</summary>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement>? Extensions { get; init; }
}
