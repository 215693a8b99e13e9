using static OrderPipeline.Domain.Tests.Catalog.SampleCatalog;

namespace OrderPipeline.Domain.Tests.Catalog;

public sealed class CharacteristicNamesAndCardinality
{
    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productCharacteristic[1].name")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceCharacteristic[1].name")]
    public async Task UndeclaredNameIsRefusedListingTheDeclaredOnes(OrderType orderType, string path)
    {
        var order = AccessLine(orderType, item => item.Characteristic("bandwidth", "\"1Gbps\"").Characteristic("colour", "\"red\""));

        (await order.CheckAsync()).SingleAt(path).Mentions("'colour'", $"'{Access}'", "bandwidth, vlan, mtu");
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task NameDifferingOnlyInCaseGetsTheDeclaredNameSuggested(OrderType orderType)
    {
        var order = AccessLine(orderType, item => item.Characteristic("bandwidth", "\"1Gbps\"").Characteristic("VLAN", "7"));

        var message = (await order.CheckAsync()).Single().Message;

        message.Mentions("'VLAN'", "did you mean 'vlan'?", "case-sensitive");
    }

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service")]
    public async Task MissingRequiredCharacteristicIsReportedAtTheSubjectWhenNoneAreSent(OrderType orderType, string path)
    {
        var order = AccessLine(orderType, _ => { });

        (await order.CheckAsync()).SingleAt(path).Mentions("requires", "bandwidth");
    }

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productCharacteristic")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceCharacteristic")]
    public async Task MissingRequiredCharacteristicIsReportedAtTheListWhenOthersAreSent(OrderType orderType, string path)
    {
        var order = AccessLine(orderType, item => item.Characteristic("vlan", "7"));

        var message = (await order.CheckAsync()).SingleAt(path);

        message.Mentions("bandwidth");
        Assert.DoesNotContain("vlan", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productCharacteristic[3]")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceCharacteristic[3]")]
    public async Task NameSentMoreOftenThanAllowedIsReportedOnceAtTheFirstOccurrenceTooMany(OrderType orderType, string path)
    {
        var order = AccessLine(orderType, item => item
            .Characteristic("bandwidth", "\"1Gbps\"")
            .Characteristic("ipv4Block", "\"10.0.0.0/30\"")
            .Characteristic("ipv4Block", "\"10.0.1.0/30\"")
            .Characteristic("ipv4Block", "\"10.0.2.0/30\"")
            .Characteristic("ipv4Block", "\"10.0.3.0/30\""));

        (await order.CheckAsync()).SingleAt(path).Mentions("'ipv4Block'", "4 times", "at most 2 times");
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task NullEntriesAreSkipped(OrderType orderType)
    {
        var order = AccessLine(orderType, item => item.NullCharacteristic().Characteristic("bandwidth", "\"1Gbps\"").NullCharacteristic());

        Assert.Empty(await order.CheckAsync());
    }

    [Theory]
    [InlineData(OrderType.Product)]
    [InlineData(OrderType.Service)]
    public async Task ModifyNeedNotRepeatRequiredCharacteristics(OrderType orderType)
    {
        var order = new OrderBuilder(orderType).Modify("01", ExistingAccess, item => item.Characteristic("vlan", "7"));

        Assert.Empty(await order.CheckAsync());
    }

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productCharacteristic[0].name")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceCharacteristic[0].name")]
    public async Task ModifiedCharacteristicsFollowTheExistingItemsSpecification(OrderType orderType, string path)
    {
        var order = new OrderBuilder(orderType).Modify("01", ExistingCpe, item => item.Characteristic("vlan", "7"));

        (await order.CheckAsync()).SingleAt(path).Mentions("'vlan'", $"'{Cpe}'", "model");
    }

    /// <summary>An access line relating to an existing router, so only its characteristics are in question.</summary>
    private static OrderBuilder AccessLine(OrderType orderType, Action<ItemBuilder> characteristics) =>
        new OrderBuilder(orderType).Add("01", Access, item =>
        {
            item.RelatesToExisting(ExistingCpe);
            characteristics(item);
        });
}
