namespace OrderPipeline.Domain.Tests;

public sealed class ServerOwnedFieldsAndDates
{
    [Theory]
    [InlineData("id", "0199a0b2c3d4e5f60718293a4b5c6d7e")]
    [InlineData("href", "/tmf-api/productOrderingManagement/v4/productOrder/1")]
    [InlineData("orderDate", "2026-11-23T10:00:00.000Z")]
    [InlineData("state", "acknowledged")]
    public void ServerOwnedFieldSentByTheClientIsRejectedAtItsPath(string field, string value)
    {
        var order = OrderJson.Baseline();
        order[field] = value;

        Assert.Equal([field], order.Validate().Paths());
    }

    [Theory]
    [InlineData("next tuesday")]
    [InlineData("2026-13-01T08:00:00Z")]
    [InlineData("")]
    public void UnreadableRequestedStartDateIsRejected(string text)
    {
        var order = OrderJson.Baseline();
        order["requestedStartDate"] = text;

        var failure = Assert.Single(order.Validate());
        Assert.Equal("requestedStartDate", failure.Path);
        Assert.Contains($"'{text}'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableRequestedCompletionDateIsRejected()
    {
        var order = OrderJson.Baseline();
        order["requestedCompletionDate"] = "soon";

        Assert.Equal(["requestedCompletionDate"], order.Validate().Paths());
    }

    [Theory]
    [InlineData("2026-12-01T09:00:00+01:00")]
    [InlineData("2026-12-01T08:00:00.250Z")]
    public void Iso8601DateWithOffsetIsAccepted(string text)
    {
        var order = OrderJson.Baseline();
        order["requestedStartDate"] = text;

        Assert.Empty(order.Validate());
    }

    // TmfDate and the failure message promise ISO 8601; a US-style date is not one and reads differently elsewhere.
    [Fact]
    public void DateInUsNotationIsRejectedAsNotIso8601()
    {
        var order = OrderJson.Baseline();
        order["requestedStartDate"] = "12/01/2026 08:00";

        Assert.Equal(["requestedStartDate"], order.Validate().Paths());
    }
}
