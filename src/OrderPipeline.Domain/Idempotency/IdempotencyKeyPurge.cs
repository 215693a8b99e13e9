namespace OrderPipeline.Domain.Idempotency;

/// <summary>Deletes idempotency keys past their retention; they no longer answer repeats anyway.</summary>
public sealed class IdempotencyKeyPurge(IIdempotencyStore keys, TimeProvider clock)
{
    public Task<int> PurgeAsync(CancellationToken cancellationToken) => keys.PurgeExpiredAsync(clock.GetUtcNow(), cancellationToken);
}
