using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Ordering;

/// <summary>One line of a customer order, with the TMF order item it was made from.</summary>
public sealed record CustomerOrderLine(
    int Number,
    string LineId,
    LineAction Action,
    int Quantity,
    string? ProductOfferingId,
    string? ProductSpecificationId,
    string? ProductId,
    IReadOnlyList<Characteristic> Characteristics,
    string? PlaceJson,
    IReadOnlyList<RelatedParty> Contacts,
    IReadOnlyList<OrderItemRelationship> Relationships,
    ProductOrderItem Item);
