namespace OrderPipeline.Domain;

/// <summary>
/// Ids the server gives to orders and inbound entries: 32 lowercase hex digits of a version 7 GUID,
/// which sort by creation time, so listings in id order are listings in time order.
/// </summary>
public static class OrderIds
{
    public const int Length = 32;

    public static string New() => Guid.CreateVersion7().ToString("N");

    /// <summary>Anything else cannot name an order of ours; checking first keeps odd client input away from storage keys.</summary>
    public static bool IsWellFormed(string? id) => id is { Length: Length } && id.All(char.IsAsciiHexDigitLower);
}
