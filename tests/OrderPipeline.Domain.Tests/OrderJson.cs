using System.Text.Json;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Tests;

/// <summary>A valid TMF622 order as JSON, mutated per test, and the ways tests turn it into results.</summary>
internal static class OrderJson
{
    private const string BaselineText = """
        {
          "externalId": "EXT-1",
          "requestedStartDate": "2026-12-01T08:00:00Z",
          "requestedCompletionDate": "2026-12-15T17:00:00Z",
          "relatedParty": [ { "id": "CUST-1", "@referredType": "Customer" } ],
          "productOrderItem": [
            { "id": "01", "action": "add", "quantity": 1, "productOffering": { "id": "PO-FIBRE" } },
            {
              "id": "02", "action": "modify", "quantity": 1,
              "productOffering": { "id": "PO-ROUTER" },
              "product": { "id": "PRD-42" },
              "productOrderItemRelationship": [ { "id": "01", "relationshipType": "reliesOn" } ]
            }
          ]
        }
        """;

    public static JsonObject Baseline() => JsonNode.Parse(BaselineText)!.AsObject();

    public static JsonObject Item(this JsonObject order, int index) => order["productOrderItem"]![index]!.AsObject();

    public static ProductOrder ToOrder(this JsonObject order) =>
        JsonSerializer.Deserialize(order.ToJsonString(), TmfJsonContext.Default.ProductOrder)
        ?? throw new InvalidOperationException("The order JSON is null.");

    /// <summary>Validates with every business switch on.</summary>
    public static IReadOnlyList<ValidationFailure> Validate(this JsonObject order, IntakeMode mode = IntakeMode.Async) =>
        ValidatorWith(new SettableOptionsMonitor<OrderValidationOptions>(new())).Validate(order.ToOrder(), mode);

    public static OrderValidator ValidatorWith(SettableOptionsMonitor<OrderValidationOptions> switches) =>
        new(switches);

    // Validation reads no storage here: the catalog is in memory, so waiting on it is immediate.
    public static IReadOnlyList<ValidationFailure> Validate(this OrderValidator validator, ProductOrder order, IntakeMode mode) =>
        validator.ValidateAsync(order, mode, CancellationToken.None).GetAwaiter().GetResult();

    public static string[] Paths(this IEnumerable<ValidationFailure> failures) => [.. failures.Select(failure => failure.Path)];

    public static JsonObject ToJson(this ProductOrder order) =>
        JsonNode.Parse(JsonSerializer.Serialize(order, TmfJsonContext.Default.ProductOrder))!.AsObject();
}
