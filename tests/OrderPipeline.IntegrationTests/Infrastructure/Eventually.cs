namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>Waits for something the pipeline does in the background, failing the test with a clear message if it never happens.</summary>
public static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var last = await probe();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}; last seen: {last}");
            }

            await Task.Delay(100);
            last = await probe();
        }

        return last;
    }
}
