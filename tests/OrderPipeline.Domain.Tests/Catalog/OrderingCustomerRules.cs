using static OrderPipeline.Domain.Tests.Catalog.SampleCatalog;

namespace OrderPipeline.Domain.Tests.Catalog;

public sealed class OrderingCustomerRules
{
    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task ActiveCustomerMayOrder(OrderType orderType) =>
        Assert.Empty(await CatalogCheck.ValidOrder(orderType).Customer(Customer).CheckAsync());

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task UnknownCustomerIsRefusedAtTheCustomerId(OrderType orderType)
    {
        var failures = await CatalogCheck.ValidOrder(orderType).Customer("CUST-404", "relatedParty[1]").CheckAsync();

        failures.SingleAt("relatedParty[1].id").Mentions("'CUST-404'", "not a known customer");
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task InactiveCustomerIsRefused(OrderType orderType)
    {
        var failures = await CatalogCheck.ValidOrder(orderType).Customer(InactiveCustomer).CheckAsync();

        failures.SingleAt("relatedParty[0].id").Mentions($"'{InactiveCustomer}'", "Inactive", "only an active customer");
    }

    [Fact]
    public async Task OrderWithoutCustomerIsLeftToTheOrderLevelRules() =>
        Assert.Empty(await CatalogCheck.ValidOrder(OrderType.Product).Customer(null, null).CheckAsync());
}
