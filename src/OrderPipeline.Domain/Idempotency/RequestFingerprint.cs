using System.Security.Cryptography;
using System.Text;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Idempotency;

/// <summary>
/// What a request asked for: a hash of its mode and of the order as parsed and serialized again, so that the
/// same order sent with other whitespace or escapes still counts as the same request.
/// </summary>
public static class RequestFingerprint
{
    public static string Of(IntakeMode mode, string orderJson)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{mode}\n{orderJson}"), hash);
        return Convert.ToHexStringLower(hash);
    }
}
