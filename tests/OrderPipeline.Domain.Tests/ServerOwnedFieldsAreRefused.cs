using System.Text.Json.Nodes;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;
using static OrderPipeline.Domain.Tests.EitherOrderType;

namespace OrderPipeline.Domain.Tests;

/// <summary>
/// What TMF622 ProductOrder_Create and TMF641 ServiceOrder_Create leave to the server is refused at its path, whether the
/// pipeline reads the field or would only have kept and echoed it; <c>@type</c> names the resource or is left out.
/// </summary>
public sealed class ServerOwnedFieldsAreRefused
{
    private static readonly JsonArray ErrorMessages = [new JsonObject { ["code"] = "E1", ["reason"] = "failed", ["message"] = "it broke" }];

    public static TheoryData<OrderType, string> OrderFields()
    {
        var data = new TheoryData<OrderType, string>();
        foreach (var orderType in new[] { OrderType.Product, OrderType.Service })
        {
            foreach (var field in new[] { "id", "href", "orderDate", "state", "completionDate", "expectedCompletionDate", "cancellationDate", "cancellationReason", "errorMessage", "jeopardyAlert", "milestone" })
            {
                data.Add(orderType, field);
            }
        }

        data.Add(OrderType.Service, "startDate");
        return data;
    }

    [Theory]
    [MemberData(nameof(OrderFields))]
    public void ServerOwnedOrderFieldIsRefusedAtItsPath(OrderType orderType, string field)
    {
        var order = Order(orderType);
        order[field] = SampleValue(field);

        var failure = Assert.Single(Validate(orderType, order));

        Assert.Equal(field, failure.Path);
        Assert.StartsWith($"{field} is set by the server", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("and must not be sent", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public void ItemStateIsRefusedOnEveryItemThatSendsIt(OrderType orderType)
    {
        var items = OrderVocabulary.For(orderType).Items;
        var order = Order(orderType);
        order.Item(orderType, 0)["state"] = "completed";
        order.Item(orderType, 1)["state"] = "acknowledged";

        var failures = Validate(orderType, order);

        Assert.Equal([$"{items}[0].state", $"{items}[1].state"], failures.Paths());
        Assert.All(failures, failure => Assert.Equal("state is set by the server and must not be sent", failure.Message));
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public void ServerOwnedFieldsOnNestedItemsAreRefusedAtTheirPaths(OrderType orderType)
    {
        var items = OrderVocabulary.For(orderType).Items;
        var order = Order(orderType);
        var inner = new JsonObject { ["id"] = "1.1.1", ["action"] = "add", ["errorMessage"] = ErrorMessages.DeepClone() };
        order.Item(orderType, 1)[items] = new JsonArray(
            new JsonObject { ["id"] = "1.1", ["action"] = "add", ["State"] = "completed", [items] = new JsonArray(inner) },
            new JsonObject { ["id"] = "1.2", ["action"] = "add" });

        var failures = Validate(orderType, order);

        Assert.Equal([$"{items}[1].{items}[0].state", $"{items}[1].{items}[0].{items}[0].errorMessage"], failures.Paths());
        Assert.Equal("errorMessage is set by the server and must not be sent", failures[1].Message);
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public void ErrorMessageOnAnItemIsRefusedAtItsPath(OrderType orderType)
    {
        var items = OrderVocabulary.For(orderType).Items;
        var order = Order(orderType);
        order.Item(orderType, 0)["errorMessage"] = ErrorMessages.DeepClone();

        Assert.Equal([$"{items}[0].errorMessage"], Validate(orderType, order).Paths());
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public void NestedItemsWithoutServerFieldsAreAccepted(OrderType orderType)
    {
        var items = OrderVocabulary.For(orderType).Items;
        var order = Order(orderType);
        order.Item(orderType, 0)[items] = new JsonArray(new JsonObject { ["id"] = "1.1", ["action"] = "add", ["state"] = null }, "not an item");

        Assert.Empty(Validate(orderType, order));
    }

    // The typed fields bind whatever the case of their name; a field the pipeline only keeps must not slip in by case either.
    [Theory]
    [InlineData(OrderType.Product, "CompletionDate", "completionDate")]
    [InlineData(OrderType.Service, "ErrorMessage", "errorMessage")]
    [InlineData(OrderType.Service, "STARTDATE", "startDate")]
    public void ServerOwnedFieldInAnotherCaseIsRefusedAsTheFieldItIs(OrderType orderType, string sentName, string field)
    {
        var order = Order(orderType);
        order[sentName] = SampleValue(field);

        Assert.Equal([field], Validate(orderType, order).Paths());
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public void ServerOwnedFieldSentAsNullCountsAsNotSent(OrderType orderType)
    {
        var order = Order(orderType);
        order["completionDate"] = null;
        order["errorMessage"] = null;
        order["state"] = null;

        Assert.Empty(Validate(orderType, order));
    }

    // TMF622 has no startDate on a product order: there it is the client's own field, kept and echoed.
    [Fact]
    public void StartDateOnAProductOrderIsKept()
    {
        var order = Order(OrderType.Product);
        order["startDate"] = "2026-12-01T08:00:00Z";

        Assert.Empty(Validate(OrderType.Product, order));
    }

    [Theory]
    [InlineData(OrderType.Product, "ProductOrder")]
    [InlineData(OrderType.Service, "ServiceOrder")]
    public void TypeNamingTheResourceIsAccepted(OrderType orderType, string type)
    {
        var order = Order(orderType);
        order["@type"] = type;

        Assert.Empty(Validate(orderType, order));
    }

    [Theory]
    [InlineData(OrderType.Product, "ServiceOrder")]
    [InlineData(OrderType.Product, "productOrder")]
    [InlineData(OrderType.Product, "")]
    [InlineData(OrderType.Service, "ProductOrder")]
    [InlineData(OrderType.Service, "{PropertyName}")]
    public void TypeNamingAnotherResourceIsRefusedAtType(OrderType orderType, string type)
    {
        var order = Order(orderType);
        order["@type"] = type;

        var failure = Assert.Single(Validate(orderType, order));

        Assert.Equal("@type", failure.Path);
        Assert.Contains($"'{type}'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(OrderVocabulary.For(orderType).ResourceType, failure.Message, StringComparison.Ordinal);
    }

    // Validation refuses a sent errorMessage; the server's own answer must not carry one either, whatever reached it.
    [Fact]
    public void AcknowledgedOrderCarriesNoErrorMessageOfTheClient()
    {
        var submitted = OrderJson.Baseline();
        submitted["errorMessage"] = ErrorMessages.DeepClone();

        var acknowledged = OrderResource.Acknowledge(submitted.ToOrder(), "0199a0b2c3d4e5f60718293a4b5c6d7e", DateTimeOffset.UnixEpoch);

        Assert.Null(acknowledged.ErrorMessage);
    }

    private static JsonNode SampleValue(string field) => field switch
    {
        "errorMessage" => ErrorMessages.DeepClone(),
        "jeopardyAlert" => new JsonArray(new JsonObject { ["id"] = "J1", ["jeopardyType"] = "lateDelivery" }),
        "milestone" => new JsonArray(new JsonObject { ["id"] = "M1", ["name"] = "installed" }),
        "state" => "completed",
        "cancellationReason" => "changed my mind",
        "id" => "0199a0b2c3d4e5f60718293a4b5c6d7e",
        "href" => "/tmf-api/productOrderingManagement/v4/productOrder/1",
        _ => "2026-11-23T10:00:00.000Z",
    };
}
