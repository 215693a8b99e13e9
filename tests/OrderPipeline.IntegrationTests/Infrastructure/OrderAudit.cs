namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>The outcome an admin checks after a fault: each accepted order created once, whole.</summary>
public sealed record OrderAudit(int Accepted, int Created, int Lost, int Doubled, int Incomplete, int Unexpected, int ExpectedLineRows, int LineRows)
{
    public void AssertEveryOrderCreatedOnceAndWhole()
    {
        Assert.True(Lost == 0 && Doubled == 0 && Incomplete == 0 && Unexpected == 0, $"Every accepted order is created exactly once with all its lines: {this}");
        Assert.Equal(Accepted, Created);
        Assert.Equal(ExpectedLineRows, LineRows);
    }
}
