using System.Security.Cryptography;

namespace OrderPipeline.Domain;

/// <summary>
/// Ids the server gives to orders and inbound entries: 32 lowercase hex digits laid out like a version 7 GUID —
/// 48 bits of Unix milliseconds, a 16-bit sequence, 64 random bits. The sequence keeps ids made in the same
/// millisecond by one process in order (a plain version 7 GUID is random there), so listings in id order are
/// listings in time order.
/// </summary>
public static class OrderIds
{
    public const int Length = 32;
    private static readonly Lock Gate = new();
    private static long lastMilliseconds;
    private static int sequence;

    public static string New()
    {
        long milliseconds;
        int next;
        lock (Gate)
        {
            milliseconds = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), lastMilliseconds);
            if (milliseconds == lastMilliseconds && ++sequence > 0xFFFF)
            {
                milliseconds++;
                sequence = 0;
            }
            else if (milliseconds != lastMilliseconds)
            {
                sequence = 0;
            }

            lastMilliseconds = milliseconds;
            next = sequence;
        }

        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        return $"{milliseconds:x12}{next:x4}{Convert.ToHexStringLower(random)}";
    }

    /// <summary>The Unix milliseconds an id was made at.</summary>
    public static bool TryGetMilliseconds(string id, out long milliseconds)
    {
        milliseconds = 0;
        return IsWellFormed(id)
            && long.TryParse(id.AsSpan(0, 12), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out milliseconds);
    }

    /// <summary>The lowest id made at <paramref name="time"/>: ids sort as their times, so it bounds a range of ids by time.</summary>
    public static string LowestAt(DateTimeOffset time) => $"{Math.Max(0, time.ToUnixTimeMilliseconds()):x12}".PadRight(Length, '0');

    /// <summary>Anything else cannot name an order of ours; checking first keeps odd client input away from storage keys.</summary>
    public static bool IsWellFormed(string? id) => id is { Length: Length } && id.All(char.IsAsciiHexDigitLower);
}
