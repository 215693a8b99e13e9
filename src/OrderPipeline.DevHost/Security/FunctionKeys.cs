using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Azure.Functions.Worker;

namespace OrderPipeline.DevHost.Security;

/// <summary>Decides whether a presented key opens a function of a given auth level, as the Functions host does.</summary>
internal sealed class FunctionKeys(IOptions<SecurityOptions> options)
{
    private readonly byte[][] apiKeys = [.. options.Value.ApiKeyList.Select(Encoding.UTF8.GetBytes)];
    private readonly byte[][] adminKeys = [.. options.Value.AdminKeyList.Select(Encoding.UTF8.GetBytes)];

    /// <summary>False when no key is configured: the app runs open (Development, or AllowAnonymous).</summary>
    public bool AreEnforced { get; } = options.Value.HasKeys;

    public bool Opens(AuthorizationLevel level, string? presented)
    {
        if (level == AuthorizationLevel.Anonymous || !AreEnforced)
        {
            return true;
        }

        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var key = Encoding.UTF8.GetBytes(presented);
        return IsOneOf(key, adminKeys) || (level == AuthorizationLevel.Function && IsOneOf(key, apiKeys));
    }

    // Compares against every key in constant time, so timing tells nothing about how much of a key matched.
    private static bool IsOneOf(byte[] key, byte[][] keys)
    {
        var found = false;
        foreach (var candidate in keys)
        {
            found |= CryptographicOperations.FixedTimeEquals(key, candidate);
        }

        return found;
    }
}
