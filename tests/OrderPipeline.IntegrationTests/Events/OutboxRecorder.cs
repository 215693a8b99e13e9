using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Events;
using OrderPipeline.IntegrationTests.Infrastructure;
using OrderPipeline.Storage.Events;

namespace OrderPipeline.IntegrationTests.Events;

/// <summary>
/// Records hub events as a store that changes a row does: announces them on <c>hub-events</c>, then writes the change and
/// its outbox rows in one transaction, in a partition of a test table of the app's storage.
/// </summary>
internal sealed class OutboxRecorder(PipelineApp app, TableClient table)
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Partition { get; } = "order-" + Guid.NewGuid().ToString("N")[..8];

    public static async Task<OutboxRecorder> CreateAsync(PipelineApp app)
    {
        var table = app.Table(app.Names.Prefix + "HubEventTest");
        await table.CreateIfNotExistsAsync();
        return new OutboxRecorder(app, table);
    }

    /// <summary>Hub settings small enough for a test: retries after 200 ms (a queue delay rounds up to 1 s), at most 1 s apart.</summary>
    public static Dictionary<string, string?> Settings(int maxAttempts = 10, string commitWindow = "00:00:03", string allowedHosts = "") => new()
    {
        ["Hub:FirstRetryDelay"] = "00:00:00.200",
        ["Hub:MaxRetryDelay"] = "00:00:01",
        ["Hub:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hub:CallbackTimeout"] = "00:00:01",
        ["Hub:CommitWindow"] = commitWindow,
        ["Hub:AllowedCallbackHosts"] = allowedHosts,
    };

    /// <summary>A state change of an order as a TMF v4 event envelope, with an id of its own.</summary>
    public RoutedEvent Event(params (string ListenerId, string Callback)[] recipients)
    {
        var eventId = Guid.NewGuid().ToString("N");
        var body = new JsonObject
        {
            ["eventId"] = eventId,
            ["eventTime"] = "2026-12-02T10:00:00.000Z",
            ["eventType"] = "ProductOrderStateChangeEvent",
            ["event"] = new JsonObject { ["productOrder"] = new JsonObject { ["id"] = Partition, ["state"] = "inProgress", ["note"] = "é ✓ \"quoted\"" } },
        };
        return new RoutedEvent(
            // Indented, with characters JSON may escape: a sender that re-serialized it would not send it as recorded.
            new OrderEvent(eventId, "ProductOrderStateChangeEvent", DateTimeOffset.UtcNow, OrderType.Product, body.ToJsonString(Indented)),
            [.. recipients.Select(recipient => new EventRecipient(recipient.ListenerId, recipient.Callback))]);
    }

    public async Task<RoutedEvent> RecordAsync(params (string ListenerId, string Callback)[] recipients)
    {
        var routed = Event(recipients);
        await AnnounceAsync(routed);
        await WriteAsync(routed);
        return routed;
    }

    /// <summary>
    /// Registers the recipients as hub listeners (delivery sends nothing to a listener removed from its hub), then
    /// announces the event. An id a table key cannot hold is left unregistered: the tests that use one are about a
    /// callback refused before that matters.
    /// </summary>
    public async Task AnnounceAsync(RoutedEvent routed)
    {
        var listeners = app.Services.GetRequiredService<IHubListenerStore>();
        foreach (var recipient in routed.Recipients.Where(recipient => recipient.ListenerId.IndexOfAny(['/', '\\', '#', '?']) < 0))
        {
            try
            {
                await listeners.AddAsync(new HubListener(recipient.ListenerId, OrderType.Product, recipient.Callback, null, DateTimeOffset.UtcNow), CancellationToken.None);
            }
            catch (Azure.RequestFailedException ex) when (ex.Status == 409)
            {
                // Registered by an earlier event of the same test.
            }
        }

        await app.Services.GetRequiredService<EventOutbox>().AnnounceAsync(table, Partition, [routed], CancellationToken.None);
    }

    /// <summary>The change's transaction: the changed row and the event's outbox row.</summary>
    public async Task WriteAsync(RoutedEvent routed) =>
        await table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(Partition, "order") { ["State"] = "inProgress" }),
            .. EventOutbox.RowsFor(Partition, [routed]),
        ]);

    /// <summary>The outbox row's recipients as stored, or null once the row is gone.</summary>
    public async Task<List<OutboxRecipient>?> RecipientsAsync(RoutedEvent routed)
    {
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, OutboxRows.RowKey(routed.Event.EventId));
        return row.HasValue ? OutboxRows.RecipientsOf(row.Value!) : null;
    }

    /// <summary>GET /manage/hubEvents/undelivered, with its items and count headers.</summary>
    public async Task<(JsonArray Items, string? Total, string? Results)> UndeliveredAsync(string query = "")
    {
        var response = await app.Client.GetAsync("/manage/hubEvents/undelivered" + query);
        response.EnsureSuccessStatusCode();
        var items = (await response.Content.ReadFromJsonAsync<JsonArray>())!;
        return (items, Header(response, "X-Total-Count"), Header(response, "X-Result-Count"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
