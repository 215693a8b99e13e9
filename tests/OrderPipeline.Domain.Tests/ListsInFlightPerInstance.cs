using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Ordering;

namespace OrderPipeline.Domain.Tests;

/// <summary>The listing gate lets Listing:MaxConcurrent lists in at once; another waits up to Listing:MaxWait for a place, then is refused.</summary>
public sealed class ListsInFlightPerInstance
{
    [Fact]
    public async Task ListsUpToTheLimitEnterAtOnceAndTheNextIsRefusedAfterTheWait()
    {
        var gate = Gate(maxConcurrent: 2, TimeSpan.Zero);

        using var first = await gate.TryEnterAsync(CancellationToken.None);
        using var second = await gate.TryEnterAsync(CancellationToken.None);
        var third = await gate.TryEnterAsync(CancellationToken.None);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(third);
    }

    [Fact]
    public async Task AWaitingListEntersWhenAPlaceIsLeft()
    {
        var gate = Gate(maxConcurrent: 1, TimeSpan.FromMinutes(1));
        var first = await gate.TryEnterAsync(CancellationToken.None);

        var second = gate.TryEnterAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);
        first!.Dispose();

        Assert.NotNull(await second.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task APlaceLeftTwiceIsFreedOnce()
    {
        var gate = Gate(maxConcurrent: 1, TimeSpan.Zero);
        var first = await gate.TryEnterAsync(CancellationToken.None);
        first!.Dispose();
        first.Dispose();

        using var second = await gate.TryEnterAsync(CancellationToken.None);
        var third = await gate.TryEnterAsync(CancellationToken.None);

        Assert.NotNull(second);
        Assert.Null(third);
    }

    [Fact]
    public async Task AListGivenUpWhileWaitingTakesNoPlace()
    {
        var gate = Gate(maxConcurrent: 1, TimeSpan.FromMinutes(1));
        var first = await gate.TryEnterAsync(CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        var abandoned = gate.TryEnterAsync(cancellation.Token);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        first!.Dispose();

        using var next = await gate.TryEnterAsync(CancellationToken.None);
        Assert.NotNull(next);
    }

    private static ListingGate Gate(int maxConcurrent, TimeSpan maxWait) =>
        new(Options.Create(new ListingOptions { MaxConcurrent = maxConcurrent, MaxWait = maxWait }));
}
