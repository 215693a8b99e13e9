using static OrderPipeline.Domain.Tests.Catalog.SampleCatalog;

namespace OrderPipeline.Domain.Tests.Catalog;

public sealed class ProductOfferingRules
{
    [Fact]
    public async Task ActiveOfferingWithItsOwnSpecificationIsAccepted()
    {
        var order = new OrderBuilder(OrderType.Product).Add("01", Cpe, item => item.Specification(Cpe));

        Assert.Empty(await order.CheckAsync());
    }

    [Fact]
    public async Task UnknownOfferingIsRefused()
    {
        var order = new OrderBuilder(OrderType.Product).Item("01", "add", item => item.Offering("PO-NOPE"));

        (await order.CheckAsync()).SingleAt("productOrderItem[0].productOffering.id").Mentions("'PO-NOPE'", "does not exist");
    }

    [Fact]
    public async Task RetiredOfferingCannotBeAdded()
    {
        var order = CatalogCheck.ValidOrder(OrderType.Product)
            .Item("03", "add", item => item.Offering("PO-FIBER-100M-LEGACY").Characteristic("bandwidth", "\"100Mbps\"").RelatesTo("02"));

        (await order.CheckAsync()).SingleAt("productOrderItem[2].productOffering.id")
            .Mentions("productOffering 'PO-FIBER-100M-LEGACY' is Retired and cannot be ordered with add", "Active");
    }

    [Theory]
    [InlineData("modify")]
    [InlineData("delete")]
    public async Task ExistingProductOfRetiredOfferingCanStillBeChangedOrDisconnected(string action)
    {
        var order = new OrderBuilder(OrderType.Product)
            .Item("01", action, item => item.Offering("PO-FIBER-100M-LEGACY").Existing(AccessOfRetiredOffering));

        Assert.Empty(await order.CheckAsync());
    }

    [Fact]
    public async Task SpecificationOtherThanTheOfferingsIsRefused()
    {
        var order = new OrderBuilder(OrderType.Product).Add("01", Cpe, item => item.Specification(Tv));

        (await order.CheckAsync()).SingleAt("productOrderItem[0].product.productSpecification.id")
            .Mentions($"'{Tv}'", $"'PO-{Cpe}'", $"'{Cpe}'");
    }

    [Fact]
    public async Task UnknownSpecificationIsRefused()
    {
        var order = new OrderBuilder(OrderType.Product).Item("01", "add", item => item.Offering("PO-GHOST").Specification("NOT-IN-CATALOG"));

        (await order.CheckAsync()).SingleAt("productOrderItem[0].product.productSpecification.id")
            .Mentions("'NOT-IN-CATALOG'", "does not exist");
    }

    [Fact]
    public async Task OfferingOfAMissingSpecificationIsRefusedAtTheOffering()
    {
        var order = new OrderBuilder(OrderType.Product).Item("01", "add", item => item.Offering("PO-GHOST"));

        (await order.CheckAsync()).SingleAt("productOrderItem[0].productOffering.id")
            .Mentions("'PO-GHOST'", "'NOT-IN-CATALOG'", "does not exist");
    }
}
