using Microsoft.Extensions.Options;

namespace OrderPipeline.Functions.Orders;

/// <summary>
/// Bounds the bytes of request bodies this instance holds at once. A body is buffered whole and then parsed, so eight
/// 32 MiB orders at once would take gigabytes; past the budget a request waits briefly for room and is otherwise answered
/// 503 with Retry-After. One request always gets in, so a body within the size limit is never refused for its size alone.
/// </summary>
public sealed class RequestBodyBudget(IOptions<IntakeOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private readonly Lock gate = new();
    private long inFlight;

    /// <summary>Room for <paramref name="bytes"/> until the returned reservation is disposed, or null when none came within the wait.</summary>
    public async Task<IDisposable?> TryReserveAsync(long bytes, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var deadline = clock.GetUtcNow() + limits.MaxBodyWait;
        while (true)
        {
            lock (gate)
            {
                if (inFlight == 0 || inFlight + bytes <= limits.MaxBufferedBytes)
                {
                    inFlight += bytes;
                    return new Reservation(this, bytes);
                }
            }

            if (clock.GetUtcNow() >= deadline) return null;
            await Task.Delay(PollInterval, clock, cancellationToken);
        }
    }

    private void Release(long bytes)
    {
        lock (gate) inFlight -= bytes;
    }

    private sealed class Reservation(RequestBodyBudget budget, long bytes) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) budget.Release(bytes);
        }
    }
}
