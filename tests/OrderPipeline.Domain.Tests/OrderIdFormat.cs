namespace OrderPipeline.Domain.Tests;

public sealed class OrderIdFormat
{
    [Fact]
    public void NewIdIsThirtyTwoLowercaseHexDigits()
    {
        var id = OrderIds.New();

        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.True(OrderIds.IsWellFormed(id));
    }

    [Fact]
    public void IdsCreatedLaterSortAfterEarlierOnes()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => OrderIds.New()).ToList();

        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.Equal(100, ids.Distinct().Count());
    }

    [Fact]
    public void LowercaseHexIdIsWellFormed() => Assert.True(OrderIds.IsWellFormed("0199a0b2c3d4e5f60718293a4b5c6d7e"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0199A0B2C3D4E5F60718293A4B5C6D7E")]
    [InlineData("0199a0b2c3d4e5f60718293a4b5c6d7")]
    [InlineData("0199a0b2c3d4e5f60718293a4b5c6d7e0")]
    [InlineData("0199a0b2-c3d4-e5f6-0718-293a4b5c6d7e")]
    [InlineData("../x")]
    [InlineData("../9a0b2c3d4e5f60718293a4b5c6d7e")]
    [InlineData("0199a0b2c3d4e5f60718293a4b5c6d7g")]
    public void AnythingElseIsNotWellFormed(string? id) => Assert.False(OrderIds.IsWellFormed(id));
}
