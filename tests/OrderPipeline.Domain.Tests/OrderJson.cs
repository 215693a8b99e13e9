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
        new(switches, new Validation.Catalog.CatalogValidation(BaselineCatalog()));

    /// <summary>Reference data the baseline order keeps, so tests of other rules see no catalog failures.</summary>
    public static Catalog.InMemoryReferenceCatalog BaselineCatalog()
    {
        var catalog = new Catalog.InMemoryReferenceCatalog();
        catalog.Parties["CUST-1"] = new("CUST-1", "Contoso", "Customer", "active");
        catalog.Parties["IND-1"] = new("IND-1", "Alex Doe", "Consumer", "active");
        catalog.Offerings["PO-FIBRE"] = new("PO-FIBRE", "Fibre 1G", "Active", "SPEC-FIBRE");
        catalog.Offerings["PO-ROUTER"] = new("PO-ROUTER", "Managed router", "Active", "SPEC-ROUTER");
        catalog.ProductSpecifications["SPEC-FIBRE"] = new("SPEC-FIBRE", "Fibre access", "1.0", "Active", [], []);
        catalog.ProductSpecifications["SPEC-ROUTER"] = new("SPEC-ROUTER", "Router", "1.0", "Active", [], [new("SPEC-FIBRE", "reliesOn")]);
        catalog.Offerings["PO-03"] = new("PO-03", "Bundle of both", "Active", "SPEC-03");
        catalog.ProductSpecifications["SPEC-03"] = new("SPEC-03", "Bundle", "1.0", "Active", [], [new("SPEC-FIBRE", "reliesOn"), new("SPEC-ROUTER", "reliesOn")]);
        catalog.Products["PRD-42"] = new("PRD-42", "active", "SPEC-ROUTER", "PO-ROUTER", [new("CUST-1", "Customer"), new("IND-1", "User")]);
        catalog.Products["PRD-7"] = new("PRD-7", "active", "SPEC-FIBRE", "PO-FIBRE", [new("CUST-1", "Customer")]);
        return catalog;
    }

    // Validation reads no storage here: the catalog is in memory, so waiting on it is immediate.
    public static IReadOnlyList<ValidationFailure> Validate(this OrderValidator validator, ProductOrder order, IntakeMode mode) =>
        validator.ValidateAsync(order, mode, CancellationToken.None).GetAwaiter().GetResult();

    public static string[] Paths(this IEnumerable<ValidationFailure> failures) => [.. failures.Select(failure => failure.Path)];

    public static JsonObject ToJson(this ProductOrder order) =>
        JsonNode.Parse(JsonSerializer.Serialize(order, TmfJsonContext.Default.ProductOrder))!.AsObject();
}
