using OrderPipeline.Domain.Idempotency;
using OrderPipeline.Functions.Errors;

namespace OrderPipeline.Functions.Orders;

/// <summary>The <c>Idempotency-Key</c> request header (IETF draft-ietf-httpapi-idempotency-key-header).</summary>
internal static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>Set on an answer that repeats the one given earlier under the same key.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public static bool TryRead(HttpRequest request, out string? key, out IResult error)
    {
        error = Results.Empty;
        key = null;
        var values = request.Headers[Name];
        if (values.Count == 0)
        {
            return true;
        }

        if (values.Count > 1 || !IdempotentRequest.IsValidKey(values[0] ?? ""))
        {
            error = TmfErrors.InvalidHeader(Name,
                $"{Name} must be one value of 1 to {IdempotentRequest.MaxKeyLength} printable ASCII characters, such as a UUID.");
            return false;
        }

        key = values[0];
        return true;
    }
}
