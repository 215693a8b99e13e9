namespace OrderPipeline.Domain.Tmf;

/// <summary>
/// The JSON names under which TMF622 and TMF641 say the same thing. Code shared by both order types writes
/// its paths and messages with these, so a failure reads in the client's own vocabulary. <see cref="RelatedItemId"/> is
/// where an item relationship holds the other item's id.
/// </summary>
public sealed record OrderVocabulary(
    OrderType OrderType,
    string Api,
    string ResourceType,
    string Items,
    string ItemRelationships,
    string RelatedItemId,
    string Subject,
    string Specification,
    string Characteristics,
    string SubjectRelationships)
{
    public static readonly OrderVocabulary Product = new(
        OrderType.Product, "TMF622", "ProductOrder", "productOrderItem", "productOrderItemRelationship", "id",
        "product", "productSpecification", "productCharacteristic", "productRelationship");

    public static readonly OrderVocabulary Service = new(
        OrderType.Service, "TMF641", "ServiceOrder", "serviceOrderItem", "serviceOrderItemRelationship", "orderItem.itemId",
        "service", "serviceSpecification", "serviceCharacteristic", "serviceRelationship");

    public static OrderVocabulary For(OrderType orderType) => orderType == OrderType.Product ? Product : Service;
}
