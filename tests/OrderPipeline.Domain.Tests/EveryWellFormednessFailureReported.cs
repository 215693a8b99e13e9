using System.Text.Json.Nodes;
using OrderPipeline.Domain.Tmf;
using static OrderPipeline.Domain.Tests.EitherOrderType;

namespace OrderPipeline.Domain.Tests;

/// <summary>Well-formedness alone (business switches off), the same for product and service orders.</summary>
public sealed class EveryWellFormednessFailureReported
{
    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public void UnknownActionIsReportedOnEveryItemInItemOrder(OrderType orderType)
    {
        var names = OrderVocabulary.For(orderType);
        var order = Order(orderType, [.. Enumerable.Range(0, 40).Select(index => Item(orderType, $"L{index}", "change"))]);

        var failures = Validate(orderType, order);

        Assert.Equal(Enumerable.Range(0, 40).Select(index => $"{names.Items}[{index}].action"), failures.Paths());
        Assert.All(failures, failure => Assert.StartsWith("action 'change' is not one of", failure.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public void FailuresListTheOrdersFieldsThenItsItemsThenMissingItemsThenRelationships(OrderType orderType)
    {
        var names = OrderVocabulary.For(orderType);
        var relatedItemId = orderType == OrderType.Product ? "id" : "orderItem.itemId";
        var order = Order(orderType, [Item(orderType, "01", "add", relatesTo: "99"), Item(orderType, "02", "change"), null]);
        order["state"] = "completed";

        Assert.Equal(
            ["state", $"{names.Items}[1].action", $"{names.Items}[2]", $"{names.Items}[0].{names.ItemRelationships}[0].{relatedItemId}"],
            Validate(orderType, order).Paths());
    }

    [Fact]
    public void EveryServiceOrderItemWithoutServiceIsReported()
    {
        var order = Order(OrderType.Service, [Item(OrderType.Service, "01", "add"), Item(OrderType.Service, "02", "delete"), Item(OrderType.Service, "03", "add")]);
        order["serviceOrderItem"]![0]!.AsObject().Remove("service");
        order["serviceOrderItem"]![2]!.AsObject().Remove("service");

        var failures = Validate(OrderType.Service, order);

        Assert.Equal(["serviceOrderItem[0].service", "serviceOrderItem[2].service"], failures.Paths());
        Assert.All(failures, failure => Assert.Equal("service is required on every service order item", failure.Message));
    }

    // FluentValidation fills {placeholders} in messages; what the client sent must be quoted as sent, braces and all.
    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public void ClientTextShapedLikeAPlaceholderIsQuotedAsSent(OrderType orderType)
    {
        var order = Order(orderType, [
            Item(orderType, "{PropertyName}", "{PropertyValue}"),
            Item(orderType, "{PropertyName}", "add", relatesTo: "{CollectionIndex}"),
        ]);
        order["requestedStartDate"] = "{PropertyName}";

        Assert.Equal(
            [
                "'{PropertyName}' is not an ISO 8601 date-time",
                "action '{PropertyValue}' is not one of add, modify, delete, noChange",
                $"id '{{PropertyName}}' is already used by {OrderVocabulary.For(orderType).Items}[0]",
                "'{CollectionIndex}' names no item of this order",
            ],
            Validate(orderType, order).Select(failure => failure.Message));
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public void CycleIsReportedWithTheItemIdsAsSent(OrderType orderType)
    {
        var names = OrderVocabulary.For(orderType);
        var order = Order(orderType, [Item(orderType, "{0}", "add", relatesTo: "{PropertyName}"), Item(orderType, "{PropertyName}", "add", relatesTo: "{0}")]);

        var failure = Assert.Single(Validate(orderType, order));

        Assert.Equal($"{names.Items}[0].{names.ItemRelationships}", failure.Path);
        Assert.Equal("item relationships form a cycle: {0} → {PropertyName} → {0}", failure.Message);
    }
}
