using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues.Models;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.DevHost;
using OrderPipeline.Functions.InboundQueue;
using OrderPipeline.Storage;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// The real function app served by the development host, composed exactly as its Program.cs composes it, on a free port,
/// against the shared Azurite with its own storage prefix. Its queue listener and timers are the real ones.
/// </summary>
public sealed class PipelineApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private PipelineApp(WebApplication app, HttpClient client, StorageNames names)
    {
        this.app = app;
        Client = client;
        Names = names;
    }

    public HttpClient Client { get; }
    public StorageNames Names { get; }
    public IServiceProvider Services => app.Services;

    public TableClient Table(string name) => Services.GetRequiredService<TableServiceClient>().GetTableClient(name);

    public QueueClient InboundQueue => Services.GetRequiredService<QueueClientFactory>().InboundQueue();
    public QueueClient PoisonQueue => Services.GetRequiredService<QueueClientFactory>().PoisonQueue();

    /// <param name="settings">App settings on top of the test defaults (keys as in configuration, Section:Key).</param>
    /// <param name="prefix">A storage prefix to share with another app; a fresh one by default.</param>
    /// <param name="environment">The hosting environment; Development changes how storage and keys default.</param>
    /// <param name="configure">Anything else to change on the builder, such as a logging provider.</param>
    public static async Task<PipelineApp> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        string? prefix = null,
        string environment = "Testing",
        Action<WebApplicationBuilder>? configure = null)
    {
        prefix ??= NewPrefix();
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = await SharedAzurite.ConnectionStringAsync(),
            ["Storage:Prefix"] = prefix,
            ["LocalSettingsPath"] = "", // never a developer's local.settings.json
            ["Security:AllowAnonymous"] = "true", // tests of keys set them
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests that need the sweeper turn it on; by default only the queue listener drives entries.
            ["DevHost:Timers"] = "false",
            ["InboundQueueSweepSchedule"] = "*/1 * * * * *",
            ["IdempotencyPurgeSchedule"] = "0 0 * * * *",
            ["InboundQueuePurgeSchedule"] = "0 30 * * * *",
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
            // Business validation looks orders up in the catalog: every app starts with the sample one.
            ["ReferenceData:SeedFile"] = SampleCatalogPath,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(values);
        builder.AddDevelopmentHost();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapDevelopmentHost();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        return new PipelineApp(app, client, app.Services.GetRequiredService<StorageNames>());
    }

    /// <summary>samples/reference-data.json, as copied next to the tests.</summary>
    public static string SampleCatalogPath { get; } = SampleFiles.PathOf("reference-data.json");

    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    /// <param name="key">An Idempotency-Key header to send, if any.</param>
    public Task<HttpResponseMessage> PostOrderAsync(JsonNode order, string? mode = null, string? key = null) =>
        PostAsync(ProductOrderPath, order, mode, key);

    public Task<HttpResponseMessage> PostServiceOrderAsync(JsonNode order, string? mode = null, string? key = null) =>
        PostAsync(ServiceOrderPath, order, mode, key);

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        var response = await Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public const string ProductOrderPath = "/tmf-api/productOrderingManagement/v4/productOrder";
    public const string ServiceOrderPath = "/tmf-api/serviceOrdering/v4/serviceOrder";

    private Task<HttpResponseMessage> PostAsync(string path, JsonNode order, string? mode, string? key)
    {
        var content = new StringContent(order.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        if (key is not null) content.Headers.Add("Idempotency-Key", key);
        return Client.PostAsync(path + (mode is null ? "" : $"?mode={mode}"), content);
    }

    /// <summary>
    /// Calls the <c>ProcessInboundEntry</c> function with a message, as its queue trigger would on the given delivery;
    /// returns when the function does and throws what it throws (a fault the trigger would answer with a redelivery).
    /// </summary>
    public Task DeliverAsync(string messageText, int dequeueCount)
    {
        var message = QueuesModelFactory.QueueMessage(
            Guid.NewGuid().ToString(), "pop-receipt", BinaryData.FromString(messageText), dequeueCount, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(7));
        return CallAsync<ProcessInboundEntryFunction>(function => function.ProcessInboundEntry(message, CancellationToken.None));
    }

    /// <summary>Calls a function class as the worker does: a new instance per invocation, its dependencies from a new scope.</summary>
    public async Task CallAsync<TFunction>(Func<TFunction, Task> invoke)
        where TFunction : class
    {
        await using var scope = Services.CreateAsyncScope();
        await invoke(ActivatorUtilities.CreateInstance<TFunction>(scope.ServiceProvider));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
