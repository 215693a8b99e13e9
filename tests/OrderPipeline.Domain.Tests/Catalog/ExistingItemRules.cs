using static OrderPipeline.Domain.Tests.Catalog.SampleCatalog;

namespace OrderPipeline.Domain.Tests.Catalog;

public sealed class ExistingItemRules
{
    [Theory]
    [InlineData(OrderType.Product, "modify")]
    [InlineData(OrderType.Product, "delete")]
    [InlineData(OrderType.Service, "modify")]
    [InlineData(OrderType.Service, "delete")]
    public async Task CustomersOwnActiveItemIsAccepted(OrderType orderType, string action) =>
        Assert.Empty(await Change(orderType, action, ExistingCpe).CheckAsync());

    [Theory]
    [InlineData(OrderType.Product, "modify", "productOrderItem[0].product.id", "product inventory")]
    [InlineData(OrderType.Product, "delete", "productOrderItem[0].product.id", "product inventory")]
    [InlineData(OrderType.Service, "modify", "serviceOrderItem[0].service.id", "service inventory")]
    [InlineData(OrderType.Service, "delete", "serviceOrderItem[0].service.id", "service inventory")]
    public async Task UnknownItemIsRefused(OrderType orderType, string action, string path, string inventory) =>
        (await Change(orderType, action, "INV-404").CheckAsync()).SingleAt(path).Mentions("'INV-404' does not exist", inventory, action);

    [Theory]
    [InlineData(OrderType.Product, "modify", "productOrderItem[0].product.id")]
    [InlineData(OrderType.Product, "delete", "productOrderItem[0].product.id")]
    [InlineData(OrderType.Service, "modify", "serviceOrderItem[0].service.id")]
    [InlineData(OrderType.Service, "delete", "serviceOrderItem[0].service.id")]
    public async Task InactiveItemIsRefused(OrderType orderType, string action, string path) =>
        (await Change(orderType, action, TerminatedCpe).CheckAsync()).SingleAt(path).Mentions($"'{TerminatedCpe}' is terminated", "only an active");

    [Theory]
    [InlineData(OrderType.Product, "modify", "productOrderItem[0].product.id")]
    [InlineData(OrderType.Product, "delete", "productOrderItem[0].product.id")]
    [InlineData(OrderType.Service, "modify", "serviceOrderItem[0].service.id")]
    [InlineData(OrderType.Service, "delete", "serviceOrderItem[0].service.id")]
    public async Task AnotherCustomersItemIsRefusedWithoutNamingItsOwner(OrderType orderType, string action, string path)
    {
        var message = (await Change(orderType, action, OtherCustomersCpe).CheckAsync()).SingleAt(path);

        message.Mentions("does not belong to customer 'CUST-1'");
        Assert.DoesNotContain(OtherCustomer, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyRelatedPartyOfTheItemMayBeTheCustomer() =>
        Assert.Empty(await Change(OrderType.Product, "modify", AccessOfRetiredOffering).CheckAsync());

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productSpecification.id")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceSpecification.id")]
    public async Task ModifyNamingAnotherSpecificationIsRefused(OrderType orderType, string path)
    {
        var order = new OrderBuilder(orderType).Modify("01", ExistingCpe, item => item.Specification(Tv));

        (await order.CheckAsync()).SingleAt(path).Mentions($"'{Tv}'", $"'{ExistingCpe}'", $"'{Cpe}'");
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task ModifyNamingTheItemsOwnSpecificationIsAccepted(OrderType orderType) =>
        Assert.Empty(await new OrderBuilder(orderType).Modify("01", ExistingCpe, item => item.Specification(Cpe)).CheckAsync());

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task NoChangeItemIsNotCheckedAgainstTheCatalog(OrderType orderType)
    {
        var order = new OrderBuilder(orderType).Item("01", "noChange", item => item
            .Existing(OtherCustomersCpe).Specification(Tv).Characteristic("colour", "\"red\"").RelatesToExisting("INV-404"));

        Assert.Empty(await order.CheckAsync());
    }

    private static OrderBuilder Change(OrderType orderType, string action, string existing) =>
        action == "modify" ? new OrderBuilder(orderType).Modify("01", existing) : new OrderBuilder(orderType).Delete("01", existing);
}
