using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Tests;

public sealed class OrderItemActionMapping
{
    [Theory]
    [InlineData("add", LineAction.Add)]
    [InlineData("modify", LineAction.Change)]
    [InlineData("delete", LineAction.Disconnect)]
    [InlineData("noChange", LineAction.NoChange)]
    public void TmfActionMapsToItsLineAction(string action, LineAction expected)
    {
        Assert.True(OrderItemAction.TryParse(action, out var lineAction));
        Assert.Equal(expected, lineAction);
    }

    [Theory]
    [InlineData("change")]
    [InlineData("Add")]
    [InlineData("NOCHANGE")]
    [InlineData("add ")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownActionIsNotParsed(string? action) => Assert.False(OrderItemAction.TryParse(action, out _));
}
