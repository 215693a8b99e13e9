using Microsoft.Extensions.Options;

namespace OrderPipeline.Domain.Ordering;

/// <summary>
/// Bounds the order lists in flight on this instance (<see cref="ListingOptions.MaxConcurrent"/>): a list beyond it waits
/// up to <see cref="ListingOptions.MaxWait"/> for a place, and is refused after that rather than queued without end.
/// </summary>
public sealed class ListingGate(IOptions<ListingOptions> options)
{
    private readonly SemaphoreSlim places = new(options.Value.MaxConcurrent, options.Value.MaxConcurrent);

    /// <summary>A place to list in, to dispose of when the list is read; null when none came free in time.</summary>
    public async Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken) =>
        await places.WaitAsync(options.Value.MaxWait, cancellationToken) ? new Place(places) : null;

    private sealed class Place(SemaphoreSlim places) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                places.Release();
            }
        }
    }
}
