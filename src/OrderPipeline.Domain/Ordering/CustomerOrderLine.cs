using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Ordering;

/// <summary>
/// One line of a customer order, with the TMF order item it was made from (<see cref="ItemJson"/>).
/// <see cref="InventoryId"/> is the existing product or service a change or disconnect line acts on.
/// </summary>
public sealed record CustomerOrderLine(
    int Number,
    string LineId,
    LineAction Action,
    int Quantity,
    string? OfferingId,
    string? SpecificationId,
    string? InventoryId,
    IReadOnlyList<Characteristic> Characteristics,
    string? PlaceJson,
    IReadOnlyList<RelatedParty> Contacts,
    IReadOnlyList<ItemRelationshipView> Relationships,
    string ItemJson);
