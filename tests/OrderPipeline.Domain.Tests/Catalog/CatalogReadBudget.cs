using OrderPipeline.Domain.ReferenceData;
using static OrderPipeline.Domain.Tests.Catalog.SampleCatalog;

namespace OrderPipeline.Domain.Tests.Catalog;

public sealed class CatalogReadBudget
{
    [Fact]
    public async Task ServiceOrderNamingItsSpecificationsIsReadOnce()
    {
        var catalog = Create();

        Assert.Empty(await CatalogCheck.ValidOrder(OrderType.Service).CheckAsync(catalog));

        var query = Assert.Single(catalog.Queries);
        Assert.Equal([Access, Cpe], query[ReferenceKind.ServiceSpecification]);
        Assert.Equal([Customer], query[ReferenceKind.Party]);
    }

    [Fact]
    public async Task SpecificationsOfOfferingsAreReadInASecondRead()
    {
        var catalog = Create();

        Assert.Empty(await CatalogCheck.ValidOrder(OrderType.Product).CheckAsync(catalog));

        Assert.Equal(2, catalog.Queries.Count);
        Assert.Equal([$"PO-{Access}", $"PO-{Cpe}"], catalog.Queries[0][ReferenceKind.ProductOffering]);
        Assert.Equal([Access, Cpe], catalog.Queries[1][ReferenceKind.ProductSpecification]);
        Assert.Equal([ReferenceKind.ProductSpecification], catalog.Queries[1].Keys);
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task SpecificationsOfExistingItemsAreReadInASecondRead(OrderType orderType)
    {
        var catalog = Create();
        var order = new OrderBuilder(orderType).Modify("01", ExistingAccess, item => item.Characteristic("vlan", "7"));

        Assert.Empty(await order.CheckAsync(catalog));

        Assert.Equal(2, catalog.Queries.Count);
        Assert.Equal([Access], Assert.Single(catalog.Queries[1]).Value);
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task LargeOrderOfEveryKindOfItemTakesAtMostTwoReads(OrderType orderType)
    {
        var catalog = Create();
        var order = CatalogCheck.ValidOrder(orderType);
        for (var i = 3; i < 200; i++)
        {
            var id = $"{i:D3}";
            _ = (i % 4) switch
            {
                0 => order.Add(id, Cpe, item => item.RelatesToExisting(ExistingCpe)),
                1 => order.Modify(id, ExistingAccess, item => item.Characteristic("vlan", $"{i}")),
                2 => order.Delete(id, $"INV-UNKNOWN-{i}"),
                _ => order.Item(id, "noChange", item => item.Existing(ExistingCpe)),
            };
        }

        var failures = await order.CheckAsync(catalog);

        Assert.Equal(49, failures.Count);
        Assert.InRange(catalog.Queries.Count, 1, 2);
    }

    [Fact]
    public async Task NothingToLookUpReadsNothing()
    {
        var catalog = Create();
        var order = new OrderBuilder(OrderType.Service).Customer(null, null).Item("01", "noChange", _ => { });

        Assert.Empty(await order.CheckAsync(catalog));
        Assert.Empty(catalog.Queries);
    }

    [Fact]
    public async Task UnknownOfferingNeedsNoSecondRead()
    {
        var catalog = Create();
        var order = new OrderBuilder(OrderType.Product).Item("01", "add", item => item.Offering("PO-NOPE"));

        Assert.Equal(["productOrderItem[0].productOffering.id"], (await order.CheckAsync(catalog)).Paths());
        Assert.Single(catalog.Queries);
    }
}
