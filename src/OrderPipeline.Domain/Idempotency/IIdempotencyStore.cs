namespace OrderPipeline.Domain.Idempotency;

/// <summary>Where idempotency keys are claimed.</summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims <paramref name="request"/>'s key for its order type by inserting it, never by reading first. Returns
    /// <paramref name="request"/> when the claim is new (or replaced an expired one), otherwise the request that holds
    /// the key; of any number of simultaneous claims exactly one wins and the others get it.
    /// </summary>
    Task<IdempotentRequest> ClaimAsync(IdempotentRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes keys that expired before <paramref name="now"/>; returns how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
