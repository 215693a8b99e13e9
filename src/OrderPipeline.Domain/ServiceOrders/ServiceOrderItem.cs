using System.Text.Json;
using System.Text.Json.Serialization;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.ServiceOrders;

/// <summary>One line of a TMF641 service order.</summary>
public sealed record ServiceOrderItem
{
    public string? Id { get; init; }
    public string? Action { get; init; }
    public int? Quantity { get; init; }
    public string? State { get; init; }
    public ServiceRefOrValue? Service { get; init; }
    public IReadOnlyList<ServiceOrderItemRelationship>? ServiceOrderItemRelationship { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }

    internal OrderItemView View(int index) => new(
        index,
        Id,
        Action,
        Service is not null,
        OfferingId: null,
        Service?.ServiceSpecification?.Id,
        Service?.Id,
        Service?.ServiceCharacteristic ?? [],
        [.. (ServiceOrderItemRelationship ?? []).Select(relationship =>
            new ItemRelationshipView(relationship?.OrderItem?.ItemId, relationship?.RelationshipType, OrderVocabulary.Service.RelatedItemId))],
        [.. (Service?.ServiceRelationship ?? []).Select(relationship => new SubjectRelationshipView(relationship?.Service?.Id, relationship?.RelationshipType))])
    {
        Quantity = Quantity,
        State = State,
        Extensions = Extensions,
        SubjectParties = Service?.RelatedParty ?? [],
    };
}
