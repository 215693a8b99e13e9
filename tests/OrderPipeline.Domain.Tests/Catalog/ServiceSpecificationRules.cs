using static OrderPipeline.Domain.Tests.Catalog.SampleCatalog;

namespace OrderPipeline.Domain.Tests.Catalog;

public sealed class ServiceSpecificationRules
{
    [Fact]
    public async Task ActiveSpecificationIsAccepted() =>
        Assert.Empty(await new OrderBuilder(OrderType.Service).Add("01", Cpe).CheckAsync());

    [Fact]
    public async Task AddWithoutSpecificationIsRefused()
    {
        var order = new OrderBuilder(OrderType.Service).Item("01", "add", _ => { });

        (await order.CheckAsync()).SingleAt("serviceOrderItem[0].service.serviceSpecification.id").Mentions("required", "add");
    }

    [Fact]
    public async Task UnknownSpecificationIsRefused()
    {
        var order = new OrderBuilder(OrderType.Service).Add("01", "SS-NOPE");

        (await order.CheckAsync()).SingleAt("serviceOrderItem[0].service.serviceSpecification.id")
            .Mentions("serviceSpecification 'SS-NOPE' does not exist", "service catalog");
    }

    [Fact]
    public async Task RetiredSpecificationCannotBeAdded()
    {
        var order = new OrderBuilder(OrderType.Service).Add("01", Legacy);

        (await order.CheckAsync()).SingleAt("serviceOrderItem[0].service.serviceSpecification.id")
            .Mentions($"serviceSpecification '{Legacy}' is Retired and cannot be ordered with add");
    }

    [Fact]
    public async Task ExistingServiceNeedsNoSpecificationToBeModified() =>
        Assert.Empty(await new OrderBuilder(OrderType.Service).Modify("01", ExistingCpe).CheckAsync());
}
