using static OrderPipeline.Domain.Tests.Catalog.SampleCatalog;

namespace OrderPipeline.Domain.Tests.Catalog;

public sealed class CharacteristicValues
{
    [Theory]
    [InlineData("vlan", "42")]
    [InlineData("vlan", "-7")]
    [InlineData("vlan", "\"42\"")]
    [InlineData("vlan", "\"0\"")]
    [InlineData("vlan", "42.0")]
    [InlineData("vlan", "1e3")]
    [InlineData("mtu", "1500")]
    [InlineData("mtu", "1.5")]
    [InlineData("mtu", "\"1.5\"")]
    [InlineData("mtu", "\"-2e3\"")]
    [InlineData("staticIp", "true")]
    [InlineData("staticIp", "false")]
    [InlineData("staticIp", "\"true\"")]
    [InlineData("staticIp", "\"false\"")]
    [InlineData("label", "\"Site A\"")]
    [InlineData("label", "\"\"")]
    public async Task ValueOfTheDeclaredTypeIsAccepted(string name, string json) =>
        Assert.Empty(await AccessLine(OrderType.Product, name, json).CheckAsync());

    [Theory]
    [InlineData("vlan", "1.5", "an integer")]
    [InlineData("vlan", "\"1.0\"", "an integer")]
    [InlineData("vlan", "\"+1\"", "an integer")]
    [InlineData("vlan", "\"01\"", "an integer")]
    [InlineData("vlan", "\" 1\"", "an integer")]
    [InlineData("vlan", "true", "an integer")]
    [InlineData("mtu", "\"1,5\"", "a number")]
    [InlineData("mtu", "\".5\"", "a number")]
    [InlineData("mtu", "\"NaN\"", "a number")]
    [InlineData("mtu", "\"fast\"", "a number")]
    [InlineData("staticIp", "\"True\"", "a boolean")]
    [InlineData("staticIp", "\"yes\"", "a boolean")]
    [InlineData("staticIp", "1", "a boolean")]
    [InlineData("label", "42", "a string")]
    [InlineData("label", "false", "a string")]
    [InlineData("label", "{\"text\":\"x\"}", "a string")]
    public async Task ValueOfAnotherTypeIsRefusedAtTheValue(string name, string json, string expected)
    {
        var failures = await AccessLine(OrderType.Product, name, json).CheckAsync();

        failures.SingleAt("productOrderItem[0].product.productCharacteristic[1].value").Mentions($"is not {expected}", $"'{Access}'");
    }

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productCharacteristic[1].value")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceCharacteristic[1].value")]
    public async Task TypeIsCheckedInBothVocabularies(OrderType orderType, string path) =>
        (await AccessLine(orderType, "vlan", "\"seven\"").CheckAsync()).SingleAt(path).Mentions("'seven'", "an integer", "\"42\"");

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productCharacteristic[1].value")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceCharacteristic[1].value")]
    public async Task MissingValueIsRefused(OrderType orderType, string path) =>
        (await AccessLine(orderType, "vlan", null).CheckAsync()).SingleAt(path).Mentions("no value", "integer");

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productCharacteristic[1].valueType")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceCharacteristic[1].valueType")]
    public async Task ValueTypeContradictingTheSpecificationIsRefused(OrderType orderType, string path) =>
        (await AccessLine(orderType, "vlan", "\"42\"", valueType: "string").CheckAsync()).SingleAt(path)
            .Mentions("valueType 'string'", "integer");

    [Theory]
    [InlineData("integer")]
    [InlineData("Integer")]
    public async Task ValueTypeAgreeingWithTheSpecificationIsAccepted(string valueType) =>
        Assert.Empty(await AccessLine(OrderType.Service, "vlan", "42", valueType).CheckAsync());

    [Theory]
    [InlineData("10")]
    [InlineData("10.0")]
    [InlineData("\"10\"")]
    [InlineData("20.5")]
    [InlineData("\"2.05e1\"")]
    public async Task AllowedNumberIsMatchedByValue(string json) =>
        Assert.Empty(await AccessLine(OrderType.Product, "latencyMs", json).CheckAsync());

    [Theory]
    [InlineData(OrderType.Product, "productOrderItem[0].product.productCharacteristic[0].value")]
    [InlineData(OrderType.Service, "serviceOrderItem[0].service.serviceCharacteristic[0].value")]
    public async Task ValueOutsideTheAllowedOnesIsRefusedListingThem(OrderType orderType, string path) =>
        (await Bandwidth(orderType, "\"fast\"").CheckAsync()).SingleAt(path)
            .Mentions("value 'fast' is not one of 100Mbps, 500Mbps, 1Gbps, 10Gbps", "'bandwidth'");

    [Fact]
    public async Task AllowedStringsAreComparedOrdinally() =>
        (await Bandwidth(OrderType.Product, "\"1gbps\"").CheckAsync()).Single().Message.Mentions("'1gbps' is not one of");

    [Theory]
    [InlineData("7")]
    [InlineData("\"20.50001\"")]
    public async Task NumberNotAmongTheAllowedOnesIsRefused(string json) =>
        (await AccessLine(OrderType.Product, "latencyMs", json).CheckAsync()).Single().Message.Mentions("is not one of 5, 10, 20.5");

    /// <summary>An access line with its router already in place, the required bandwidth, and one more characteristic at index 1.</summary>
    private static OrderBuilder AccessLine(OrderType orderType, string name, string? json, string? valueType = null) =>
        new OrderBuilder(orderType).Add("01", Access, item => item
            .RelatesToExisting(ExistingCpe)
            .Characteristic("bandwidth", "\"1Gbps\"")
            .Characteristic(name, json, valueType));

    private static OrderBuilder Bandwidth(OrderType orderType, string json) =>
        new OrderBuilder(orderType).Add("01", Access, item => item.RelatesToExisting(ExistingCpe).Characteristic("bandwidth", json));
}
