using System.Text.Json;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Tests.Catalog;

/// <summary>One item of an <see cref="OrderBuilder"/>; characteristic values are given as JSON text (<c>"42"</c>, <c>"\"1Gbps\""</c>).</summary>
internal sealed class ItemBuilder(OrderVocabulary names, string id, string action)
{
    private readonly List<Characteristic?> characteristics = [];
    private readonly List<ItemRelationshipView> itemRelationships = [];
    private readonly List<SubjectRelationshipView> subjectRelationships = [];
    private string? offeringId;
    private string? specificationId;
    private string? subjectId;

    public ItemBuilder Offering(string? id)
    {
        offeringId = id;
        return this;
    }

    public ItemBuilder Specification(string? id)
    {
        specificationId = id;
        return this;
    }

    public ItemBuilder Existing(string? id)
    {
        subjectId = id;
        return this;
    }

    public ItemBuilder Characteristic(string name, string? jsonValue, string? valueType = null)
    {
        characteristics.Add(new Characteristic
        {
            Name = name,
            ValueType = valueType,
            Value = jsonValue is null ? null : JsonElement.Parse(jsonValue),
        });
        return this;
    }

    public ItemBuilder NullCharacteristic()
    {
        characteristics.Add(null);
        return this;
    }

    public ItemBuilder RelatesTo(string itemId, string relationshipType = "reliesOn")
    {
        var itemIdPath = names.OrderType == OrderType.Product ? "id" : "orderItem.itemId";
        itemRelationships.Add(new ItemRelationshipView(itemId, relationshipType, itemIdPath));
        return this;
    }

    public ItemBuilder RelatesToExisting(string existingId, string relationshipType = "reliesOn")
    {
        subjectRelationships.Add(new SubjectRelationshipView(existingId, relationshipType));
        return this;
    }

    public OrderItemView Build(int index) => new(
        index, id, action, HasSubject: true, offeringId, specificationId, subjectId,
        [.. characteristics], [.. itemRelationships], [.. subjectRelationships]);
}
