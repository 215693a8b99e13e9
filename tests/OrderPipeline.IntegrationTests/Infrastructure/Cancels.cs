using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>A CPQ client cancelling orders and registering listeners, over HTTP, for either API.</summary>
public static class Cancels
{
    public static string CancelPath(this OrderKind kind) =>
        kind == OrderKind.Product ? "/tmf-api/productOrderingManagement/v4/cancelProductOrder" : "/tmf-api/serviceOrdering/v4/cancelServiceOrder";

    public static string HubPath(this OrderKind kind) =>
        kind == OrderKind.Product ? "/tmf-api/productOrderingManagement/v4/hub" : "/tmf-api/serviceOrdering/v4/hub";

    /// <summary>The name of the order reference in a cancel task: <c>productOrder</c> or <c>serviceOrder</c>.</summary>
    public static string OrderField(this OrderKind kind) => kind == OrderKind.Product ? "productOrder" : "serviceOrder";

    /// <summary>The API's name for its resource in event types: <c>ProductOrder</c> or <c>ServiceOrder</c>.</summary>
    public static string ResourceType(this OrderKind kind) => kind == OrderKind.Product ? "ProductOrder" : "ServiceOrder";

    public static Task<HttpResponseMessage> CancelAsync(this PipelineApp app, OrderKind kind, string orderId, string? reason = "customer changed their mind") =>
        app.Client.PostAsJsonAsync(kind.CancelPath(), new JsonObject
        {
            [kind.OrderField()] = new JsonObject { ["id"] = orderId },
            ["cancellationReason"] = reason,
            ["requestedCancellationDate"] = "2026-12-02T10:00:00Z",
        });

    /// <summary>Creates an order of the kind, sync or async, and returns its id.</summary>
    public static async Task<string> CreateAsync(this PipelineApp app, OrderKind kind, string mode, string externalId)
    {
        var order = kind.Sample();
        order["externalId"] = externalId;
        var response = await kind.PostAsync(app, order.ToJsonString(), mode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"creating a {kind} order: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["id"]!.GetValue<string>();
    }

    /// <summary>Registers a listener on the kind's hub; returns its id.</summary>
    public static async Task<string> RegisterAsync(this PipelineApp app, OrderKind kind, string callback, string? query = null)
    {
        var response = await app.Client.PostAsJsonAsync(kind.HubPath(), new JsonObject { ["callback"] = callback, ["query"] = query });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"registering a listener: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["id"]!.GetValue<string>();
    }

    public static async Task<JsonObject> JsonOf(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}
