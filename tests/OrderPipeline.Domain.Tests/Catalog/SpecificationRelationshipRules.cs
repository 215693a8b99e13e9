using OrderPipeline.Domain.Tmf;
using static OrderPipeline.Domain.Tests.Catalog.SampleCatalog;

namespace OrderPipeline.Domain.Tests.Catalog;

public sealed class SpecificationRelationshipRules
{
    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task DependencyOrderedInTheSameOrderIsAccepted(OrderType orderType) =>
        Assert.Empty(await CatalogCheck.ValidOrder(orderType).CheckAsync());

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0]", "productOrderItemRelationship", "product.productRelationship")]
    [InlineData(OrderType.Service, "serviceOrderItem[0]", "serviceOrderItemRelationship", "service.serviceRelationship")]
    public async Task MissingDependencyIsRefusedNamingBothWaysToSatisfyIt(OrderType orderType, string path, string itemWay, string inventoryWay)
    {
        var order = new OrderBuilder(orderType).Add("01", Access, item => item.Characteristic("bandwidth", "\"1Gbps\""));

        (await order.CheckAsync()).SingleAt(path).Mentions($"'{Access}' reliesOn", $"'{Cpe}'", itemWay, inventoryWay);
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task DependencyTheCustomerAlreadyHasIsAccepted(OrderType orderType) =>
        Assert.Empty(await AccessLine(orderType, item => item.RelatesToExisting(ExistingCpe)).CheckAsync());

    [Theory]
    [InlineData(OrderType.Product, OtherCustomersCpe)]
    [InlineData(OrderType.Service, OtherCustomersCpe)]
    [InlineData(OrderType.Product, TerminatedCpe)]
    [InlineData(OrderType.Service, TerminatedCpe)]
    [InlineData(OrderType.Product, ExistingAccess)]
    public async Task ExistingItemThatIsNotTheCustomersActiveDependencyDoesNotSatisfyIt(OrderType orderType, string existing)
    {
        var failures = await AccessLine(orderType, item => item.RelatesToExisting(existing)).CheckAsync();

        Assert.Equal([$"{OrderVocabulary.For(orderType).Items}[0]"], failures.Paths());
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task DependencyBeingModifiedInTheSameOrderIsAccepted(OrderType orderType)
    {
        var order = AccessLine(orderType, item => item.RelatesTo("02")).Modify("02", ExistingCpe);

        Assert.Empty(await order.CheckAsync());
    }

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0]")]
    [InlineData(OrderType.Service, "serviceOrderItem[0]")]
    public async Task DependencyDeletedInTheSameOrderDoesNotSatisfyIt(OrderType orderType, string path)
    {
        var order = AccessLine(orderType, item => item.RelatesTo("02")).Delete("02", ExistingCpe);

        (await order.CheckAsync()).SingleAt(path).Mentions($"'{Cpe}'");
    }

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].productOrderItemRelationship[0].relationshipType")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].serviceOrderItemRelationship[0].relationshipType")]
    public async Task UndeclaredRelationshipTypeIsRefusedListingTheDeclaredOnes(OrderType orderType, string path)
    {
        var order = AccessLine(orderType, item => item.RelatesTo("02", "bundles")).Add("02", Cpe);

        (await order.CheckAsync()).SingleAt(path).Mentions("'bundles'", $"'{Access}'", $"reliesOn '{Cpe}'");
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task RelationshipTypeIsMatchedWithoutRegardToCase(OrderType orderType) =>
        Assert.Empty(await AccessLine(orderType, item => item.RelatesTo("02", "RELIESON")).Add("02", Cpe).CheckAsync());

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].productOrderItemRelationship[0].id")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].serviceOrderItemRelationship[0].orderItem.itemId")]
    public async Task RelationshipToAnItemOfTheWrongSpecificationIsRefusedAtTheItemId(OrderType orderType, string path)
    {
        var order = AccessLine(orderType, item => item.RelatesTo("02").RelatesToExisting(ExistingCpe)).Add("02", Tv);

        (await order.CheckAsync()).SingleAt(path).Mentions("item '02'", $"'{Tv}'", $"'{Cpe}'");
    }

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[2].productOrderItemRelationship[0].relationshipType")]
    [InlineData(OrderType.Service, "serviceOrderItem[2].serviceOrderItemRelationship[0].relationshipType")]
    public async Task RelationshipsOfAModifiedItemFollowTheExistingItemsSpecification(OrderType orderType, string path)
    {
        var order = CatalogCheck.ValidOrder(orderType).Modify("03", ExistingCpe, item => item.RelatesTo("01", "reliesOn"));

        (await order.CheckAsync()).SingleAt(path).Mentions($"'{Cpe}'", "declares no relationships");
    }

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productRelationship[1].product.id")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceRelationship[1].service.id")]
    public async Task RelationshipToAnUnknownExistingItemIsRefused(OrderType orderType, string path)
    {
        var order = AccessLine(orderType, item => item.RelatesToExisting(ExistingCpe).RelatesToExisting("INV-404"));

        (await order.CheckAsync()).SingleAt(path).Mentions("'INV-404' does not exist");
    }

    private static OrderBuilder AccessLine(OrderType orderType, Action<ItemBuilder> relationships) =>
        new OrderBuilder(orderType).Add("01", Access, item =>
        {
            item.Characteristic("bandwidth", "\"1Gbps\"");
            relationships(item);
        });
}
