using Azure.Core;
using Azure.Identity;

namespace OrderPipeline.Storage.Connection;

/// <summary>
/// Who an identity-based connection signs in as, decided as the Functions host decides it: <c>__credential</c>
/// <c>managedidentity</c> means the app's managed identity only (the user-assigned one named by <c>__clientId</c>, else the
/// system-assigned one); without <c>__credential</c> the default chain is used, which is the managed identity in Azure and
/// the developer's own sign-in (Azure CLI, Visual Studio, …) on a workstation.
/// </summary>
internal sealed record StorageIdentity(bool ManagedIdentityOnly, string? ClientId)
{
    // Makes the credential; nothing is fetched until a client first asks it for a token.
    public TokenCredential CreateCredential()
    {
        if (ManagedIdentityOnly)
        {
            return new ManagedIdentityCredential(
                ClientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(ClientId));
        }

        var options = new DefaultAzureCredentialOptions();
        if (ClientId is not null)
        {
            // Only when given: the options already default to AZURE_CLIENT_ID, which a null would erase.
            options.ManagedIdentityClientId = ClientId;
        }

        return new DefaultAzureCredential(options);
    }
}
