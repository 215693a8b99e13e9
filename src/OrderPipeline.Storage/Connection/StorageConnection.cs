using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;

namespace OrderPipeline.Storage.Connection;

/// <summary>
/// The storage account the app's clients talk to, read from the same settings the Functions host reads for its own
/// <c>AzureWebJobsStorage</c> connection, so one set of app settings serves both: a connection string (Azurite,
/// <c>UseDevelopmentStorage=true</c>, an account key or SAS), or the identity-based form with <c>__accountName</c> or the
/// three <c>__tableServiceUri</c> / <c>__queueServiceUri</c> / <c>__blobServiceUri</c>, plus <c>__credential</c> and <c>__clientId</c>.
/// </summary>
internal sealed class StorageConnection
{
    private const string Setting = StorageServiceCollectionExtensions.ConnectionSetting;

    private StorageConnection(string connectionString) => ConnectionString = connectionString;

    private StorageConnection(Uri tableServiceUri, Uri queueServiceUri, Uri blobServiceUri, StorageIdentity identity)
    {
        TableServiceUri = tableServiceUri;
        QueueServiceUri = queueServiceUri;
        BlobServiceUri = blobServiceUri;
        Identity = identity;
    }

    public string? ConnectionString { get; }

    public Uri? TableServiceUri { get; }

    public Uri? QueueServiceUri { get; }

    public Uri? BlobServiceUri { get; }

    public StorageIdentity? Identity { get; }

    [MemberNotNullWhen(false, nameof(ConnectionString))]
    [MemberNotNullWhen(true, nameof(TableServiceUri), nameof(QueueServiceUri), nameof(BlobServiceUri), nameof(Identity))]
    public bool IsIdentityBased => ConnectionString is null;

    // Reads the connection; an incomplete or contradictory one stops the app with the setting to fix.
    public static StorageConnection From(IConfiguration configuration)
    {
        // AzureWebJobsStorage__accountName arrives as AzureWebJobsStorage:accountName, so the setting can be both a value
        // and a section. As under the host, a value is a connection string and then the section is not read.
        var section = configuration.GetSection(Setting);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return new StorageConnection(section.Value);
        }

        var accountName = Read(section, "accountName");
        if (accountName is not null && !IsAccountName(accountName))
        {
            throw new InvalidOperationException(
                $"{Setting}__accountName '{accountName}' is not a storage account name (3 to 24 lowercase letters and digits).");
        }

        var tables = ServiceUri(section, "tableServiceUri", accountName, "table");
        var queues = ServiceUri(section, "queueServiceUri", accountName, "queue");
        var blobs = ServiceUri(section, "blobServiceUri", accountName, "blob");
        if (tables is null && queues is null && blobs is null)
        {
            throw new InvalidOperationException(
                $"The storage account is not configured. Set {Setting} to a connection string (UseDevelopmentStorage=true for Azurite), "
                + $"or {Setting}__accountName for an identity-based connection (with {Setting}__credential=managedidentity and "
                + $"{Setting}__clientId for a user-assigned identity). Locally, copy local.settings.sample.json to local.settings.json; it points at Azurite.");
        }

        if (tables is null || queues is null || blobs is null)
        {
            var missing = new (string Key, Uri? Uri)[] { ("tableServiceUri", tables), ("queueServiceUri", queues), ("blobServiceUri", blobs) }
                .Where(service => service.Uri is null)
                .Select(service => $"{Setting}__{service.Key}");
            throw new InvalidOperationException(
                $"The app uses tables, queues and blobs, so an identity-based connection needs all three service URIs; missing: "
                + $"{string.Join(", ", missing)}. Set them, or set {Setting}__accountName.");
        }

        return new StorageConnection(tables, queues, blobs, IdentityFrom(section));
    }

    private static StorageIdentity IdentityFrom(IConfigurationSection section)
    {
        var credential = Read(section, "credential");
        var clientId = Read(section, "clientId");
        if (credential is null)
        {
            return new StorageIdentity(ManagedIdentityOnly: false, clientId);
        }

        if (string.Equals(credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageIdentity(ManagedIdentityOnly: true, clientId);
        }

        // The host would quietly fall back to its default chain here; a typo is better refused at start than found in a 403.
        throw new InvalidOperationException(
            $"{Setting}__credential '{credential}' is not supported: use managedidentity (with {Setting}__clientId for a "
            + "user-assigned identity), or leave it unset for the default chain.");
    }

    // The explicit URI if set, else the public-cloud endpoint of the account, else null.
    private static Uri? ServiceUri(IConfigurationSection section, string key, string? accountName, string service)
    {
        if (Read(section, key) is { } value)
        {
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? uri
                : throw new InvalidOperationException($"{Setting}__{key} '{value}' is not an absolute http(s) URI.");
        }

        // As the host does; an account outside the public cloud sets the three URIs instead.
        return accountName is null ? null : new Uri($"https://{accountName}.{service}.core.windows.net");
    }

    private static string? Read(IConfigurationSection section, string key) =>
        section[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsAccountName(string name) =>
        name.Length is >= 3 and <= 24 && name.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c));
}
