using System.Text.Json;
using System.Text.Json.Serialization;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ProductOrders;

/// <summary>One line of a TMF622 product order.</summary>
public sealed record ProductOrderItem
{
    public string? Id { get; init; }
    public string? Action { get; init; }
    public int? Quantity { get; init; }
    public string? State { get; init; }
    public EntityRef? ProductOffering { get; init; }
    public ProductRefOrValue? Product { get; init; }
    public IReadOnlyList<OrderItemRelationship>? ProductOrderItemRelationship { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }

    internal OrderItemView View(int index) => new(
        index,
        Id,
        Action,
        Product is not null,
        ProductOffering?.Id,
        Product?.ProductSpecification?.Id,
        Product?.Id,
        Product?.ProductCharacteristic ?? [],
        [.. (ProductOrderItemRelationship ?? []).Select(relationship =>
            new ItemRelationshipView(relationship?.Id, relationship?.RelationshipType, OrderVocabulary.Product.RelatedItemId))],
        [.. (Product?.ProductRelationship ?? []).Select(relationship => new SubjectRelationshipView(relationship?.Product?.Id, relationship?.RelationshipType))])
    {
        Quantity = Quantity,
        State = State,
        Extensions = Extensions,
        SubjectParties = Product?.RelatedParty ?? [],
    };
}
