using System.Text.Json;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.Tmf;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Tests;

/// <summary>Small orders of either type as JSON, and their well-formedness alone (business switches off): for theories over both order types.</summary>
internal static class EitherOrderType
{
    public static JsonObject Order(OrderType orderType, params JsonNode?[] items) => new()
    {
        ["relatedParty"] = new JsonArray(new JsonObject { ["id"] = "CUST-1", ["@referredType"] = "Customer" }),
        [OrderVocabulary.For(orderType).Items] = new JsonArray(items),
    };

    /// <summary>An order of two add items, the second relating to the first.</summary>
    public static JsonObject Order(OrderType orderType) =>
        Order(orderType, Item(orderType, "01", "add"), Item(orderType, "02", "add", relatesTo: "01"));

    public static JsonObject Item(OrderType orderType, string id, string action, string? relatesTo = null)
    {
        var item = new JsonObject { ["id"] = id, ["action"] = action };
        if (orderType == OrderType.Service) item["service"] = new JsonObject();
        if (relatesTo is not null)
        {
            var names = OrderVocabulary.For(orderType);
            var relationship = new JsonObject { ["relationshipType"] = "reliesOn" };
            if (orderType == OrderType.Product) relationship["id"] = relatesTo;
            else relationship["orderItem"] = new JsonObject { ["itemId"] = relatesTo };
            item[names.ItemRelationships] = new JsonArray(relationship);
        }

        return item;
    }

    public static JsonObject Item(this JsonObject order, OrderType orderType, int index) =>
        order[OrderVocabulary.For(orderType).Items]![index]!.AsObject();

    public static IReadOnlyList<ValidationFailure> Validate(OrderType orderType, JsonObject order)
    {
        var switchedOff = new OrderValidationOptions { ProductOrderSync = false, ServiceOrderSync = false };
        var validator = OrderJson.ValidatorWith(new SettableOptionsMonitor<OrderValidationOptions>(switchedOff));
        var json = order.ToJsonString();
        var validation = orderType == OrderType.Product
            ? validator.ValidateAsync(JsonSerializer.Deserialize(json, TmfJsonContext.Default.ProductOrder)!, IntakeMode.Sync, CancellationToken.None)
            : validator.ValidateAsync(JsonSerializer.Deserialize(json, TmfJsonContext.Default.ServiceOrder)!, IntakeMode.Sync, CancellationToken.None);
        // The business switches are off, so no reference data is read and the task is already complete.
        return validation.GetAwaiter().GetResult();
    }
}
