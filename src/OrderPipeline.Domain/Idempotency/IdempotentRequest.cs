namespace OrderPipeline.Domain.Idempotency;

/// <summary>
/// A request made under an <c>Idempotency-Key</c>: which order id and acceptance time it was given, so that
/// a repeat of it produces the same order, and a fingerprint of what was asked, so that a different request
/// under the same key can be told apart.
/// </summary>
public sealed record IdempotentRequest(
    string Key,
    OrderType OrderType,
    string Fingerprint,
    string OrderId,
    DateTimeOffset AcceptedAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>The longest key accepted; longer ones are refused rather than truncated.</summary>
    public const int MaxKeyLength = 255;

    /// <summary>Printable ASCII of 1 to <see cref="MaxKeyLength"/> characters (UUIDs, ULIDs, hashes, CPQ quote ids).</summary>
    public static bool IsValidKey(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is >= '!' and <= '~');

    public bool HasExpired(DateTimeOffset now) => ExpiresAt <= now;
}
