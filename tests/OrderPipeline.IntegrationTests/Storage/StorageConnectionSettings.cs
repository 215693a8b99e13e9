using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrderPipeline.Storage;
using OrderPipeline.Storage.Connection;

namespace OrderPipeline.IntegrationTests.Storage;

/// <summary>
/// The app's storage clients read the settings the Functions host reads for AzureWebJobsStorage: a connection string, or
/// the identity-based form. Nothing here talks to storage; the settings are only resolved.
/// </summary>
public sealed class StorageConnectionSettings
{
    private const string ClientId = "6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b2c";

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;")]
    public void ConnectionStringIsUsedAsItIs(string connectionString)
    {
        var connection = StorageConnection.From(Settings(("AzureWebJobsStorage", connectionString)));

        Assert.False(connection.IsIdentityBased);
        Assert.Equal(connectionString, connection.ConnectionString);
        Assert.Null(connection.Identity);
    }

    [Fact]
    public void ConnectionStringWinsOverIdentityBasedSettings()
    {
        var connection = StorageConnection.From(Settings(
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"),
            ("AzureWebJobsStorage:accountName", "storderpipeline"),
            ("AzureWebJobsStorage:credential", "managedidentity")));

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.Null(connection.TableServiceUri);
    }

    [Fact]
    public void AccountNameGivesTheThreeServiceEndpointsOfThePublicCloud()
    {
        var connection = StorageConnection.From(Settings(("AzureWebJobsStorage:accountName", "storderpipeline")));

        Assert.True(connection.IsIdentityBased);
        Assert.Equal(new Uri("https://storderpipeline.table.core.windows.net"), connection.TableServiceUri);
        Assert.Equal(new Uri("https://storderpipeline.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.Equal(new Uri("https://storderpipeline.blob.core.windows.net"), connection.BlobServiceUri);
    }

    [Fact]
    public void ExplicitServiceUrisAreUsedAsGiven()
    {
        var connection = StorageConnection.From(Settings(
            ("AzureWebJobsStorage:tableServiceUri", "https://storderpipeline.table.core.chinacloudapi.cn"),
            ("AzureWebJobsStorage:queueServiceUri", "https://storderpipeline.queue.core.chinacloudapi.cn"),
            ("AzureWebJobsStorage:blobServiceUri", "https://storderpipeline.blob.core.chinacloudapi.cn")));

        Assert.Equal(new Uri("https://storderpipeline.table.core.chinacloudapi.cn"), connection.TableServiceUri);
        Assert.Equal(new Uri("https://storderpipeline.queue.core.chinacloudapi.cn"), connection.QueueServiceUri);
        Assert.Equal(new Uri("https://storderpipeline.blob.core.chinacloudapi.cn"), connection.BlobServiceUri);
    }

    [Fact]
    public void AnExplicitServiceUriOverridesTheOneTheAccountNameGives()
    {
        var connection = StorageConnection.From(Settings(
            ("AzureWebJobsStorage:accountName", "storderpipeline"),
            ("AzureWebJobsStorage:blobServiceUri", "https://payloads.example.net")));

        Assert.Equal(new Uri("https://payloads.example.net"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://storderpipeline.table.core.windows.net"), connection.TableServiceUri);
    }

    [Theory]
    [InlineData("managedidentity")]
    [InlineData("ManagedIdentity")]
    public void ClientIdWithManagedIdentitySignsInAsThatUserAssignedIdentity(string credential)
    {
        var connection = StorageConnection.From(Settings(
            ("AzureWebJobsStorage:accountName", "storderpipeline"),
            ("AzureWebJobsStorage:credential", credential),
            ("AzureWebJobsStorage:clientId", ClientId)));

        Assert.Equal(new StorageIdentity(ManagedIdentityOnly: true, ClientId), connection.Identity);
        Assert.IsType<ManagedIdentityCredential>(connection.Identity!.CreateCredential());
    }

    [Fact]
    public void ManagedIdentityWithoutClientIdIsTheSystemAssignedOne()
    {
        var connection = StorageConnection.From(Settings(
            ("AzureWebJobsStorage:accountName", "storderpipeline"),
            ("AzureWebJobsStorage:credential", "managedidentity")));

        Assert.Equal(new StorageIdentity(ManagedIdentityOnly: true, ClientId: null), connection.Identity);
        Assert.IsType<ManagedIdentityCredential>(connection.Identity!.CreateCredential());
    }

    [Fact]
    public void WithoutCredentialSettingTheDefaultChainIsUsedAsUnderTheHost()
    {
        var connection = StorageConnection.From(Settings(("AzureWebJobsStorage:accountName", "storderpipeline")));

        Assert.Equal(new StorageIdentity(ManagedIdentityOnly: false, ClientId: null), connection.Identity);
        Assert.IsType<DefaultAzureCredential>(connection.Identity!.CreateCredential());
    }

    [Fact]
    public void DoubleUnderscoreAppSettingsAreReadAsTheHostReadsThem()
    {
        // App settings reach the app as environment variables; a prefix unique to this test keeps others from seeing them.
        var prefix = $"ORDERPIPELINE_TEST_{Guid.NewGuid():N}_";
        string[] names = [$"{prefix}AzureWebJobsStorage__accountName", $"{prefix}AzureWebJobsStorage__credential", $"{prefix}AzureWebJobsStorage__clientId"];
        try
        {
            Environment.SetEnvironmentVariable(names[0], "storderpipeline");
            Environment.SetEnvironmentVariable(names[1], "managedidentity");
            Environment.SetEnvironmentVariable(names[2], ClientId);

            var connection = StorageConnection.From(new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build());

            Assert.Equal(new Uri("https://storderpipeline.queue.core.windows.net"), connection.QueueServiceUri);
            Assert.Equal(new StorageIdentity(ManagedIdentityOnly: true, ClientId), connection.Identity);
        }
        finally
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [Fact]
    public async Task IdentityBasedSettingsGiveClientsOfThatAccount()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(TimeProvider.System); // registered by the domain in the app; the operation counter reads it
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage:accountName"] = "storderpipeline",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = ClientId,
        });

        builder.AddOrderPipelineStorage();
        await using var services = builder.Services.BuildServiceProvider();

        Assert.Equal(new Uri("https://storderpipeline.table.core.windows.net"), services.GetRequiredService<TableServiceClient>().Uri);
        Assert.Equal(new Uri("https://storderpipeline.queue.core.windows.net"), services.GetRequiredService<QueueServiceClient>().Uri);
        Assert.Equal(new Uri("https://storderpipeline.blob.core.windows.net"), services.GetRequiredService<BlobServiceClient>().Uri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NothingConfiguredStopsTheAppNamingBothForms(string? value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.From(Settings(("AzureWebJobsStorage", value))));

        Assert.Contains("UseDevelopmentStorage=true", error.Message);
        Assert.Contains("AzureWebJobsStorage__accountName", error.Message);
        Assert.Contains("local.settings.sample.json", error.Message);
    }

    [Fact]
    public void IncompleteServiceUrisNameTheMissingOnes()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.From(Settings(
            ("AzureWebJobsStorage:tableServiceUri", "https://storderpipeline.table.core.windows.net"))));

        Assert.Contains("AzureWebJobsStorage__queueServiceUri", error.Message);
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message);
        Assert.DoesNotContain("AzureWebJobsStorage__tableServiceUri", error.Message);
    }

    [Theory]
    [InlineData("accountName", "Not_An_Account")]
    [InlineData("tableServiceUri", "storderpipeline.table.core.windows.net")]
    [InlineData("queueServiceUri", "ftp://storderpipeline.queue.core.windows.net")]
    public void MalformedSettingIsRefusedByName(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.From(Settings(($"AzureWebJobsStorage:{key}", value))));

        Assert.Contains($"AzureWebJobsStorage__{key}", error.Message);
        Assert.Contains(value, error.Message);
    }

    [Fact]
    public void UnknownCredentialIsRefusedRatherThanReplacedByAnother()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.From(Settings(
            ("AzureWebJobsStorage:accountName", "storderpipeline"),
            ("AzureWebJobsStorage:credential", "managedidentiy"))));

        Assert.Contains("AzureWebJobsStorage__credential", error.Message);
        Assert.Contains("managedidentiy", error.Message);
    }

    private static IConfiguration Settings(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, setting.Value)))
            .Build();
}
