using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderPipeline.Benchmark;

/// <summary>The app's HTTP API as the benchmark uses it: one connection pool, the key on every request.</summary>
internal sealed class PipelineClient : IDisposable
{
    public const string ProductOrderPath = "/tmf-api/productOrderingManagement/v4/productOrder";

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeHeaderValue Ndjson = new("application/x-ndjson");
    private readonly HttpClient http;

    public PipelineClient(Uri address, string? key)
    {
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(5),
        };
        if (key is not null) http.DefaultRequestHeaders.Add("x-functions-key", key);
    }

    /// <returns>The status and, for 201 and 202, the order id.</returns>
    public async Task<(HttpStatusCode Status, string? Id)> PostOrderAsync(byte[] order, bool async, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(order);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(ProductOrderPath + (async ? "?mode=async" : ""), content, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var id = response.IsSuccessStatusCode ? JsonNode.Parse(body)?["id"]?.GetValue<string>() : null;
        return (response.StatusCode, id);
    }

    /// <returns>How many of the orders were accepted, or -1 when the request as a whole was refused.</returns>
    public async Task<int> PostBulkAsync(byte[] ndjson, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(ndjson);
        content.Headers.ContentType = Ndjson;
        using var response = await http.PostAsync(ProductOrderPath + "?mode=async", content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.MultiStatus) return -1;
        var answer = JsonNode.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken))!;
        return answer["accepted"]!.GetValue<int>();
    }

    public async Task<Dictionary<string, int>> SummaryAsync(CancellationToken cancellationToken)
    {
        var body = await GetAsync("/manage/inboundQueue/summary", cancellationToken);
        return JsonSerializer.Deserialize(body, BenchmarkJsonContext.Default.DictionaryStringInt32)!;
    }

    public async Task<string> EntryStateAsync(string id, CancellationToken cancellationToken) =>
        JsonNode.Parse(await GetAsync($"/manage/inboundQueue/{id}", cancellationToken))!["state"]!.GetValue<string>();

    /// <returns>The counts, or null when the app does not serve them (an older version).</returns>
    public async Task<StorageOperations?> StorageOperationsAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("/manage/diagnostics/storageOperations", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        var counts = JsonNode.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken))!;
        return new StorageOperations(
            counts["table"]!.GetValue<double>(), counts["queue"]!.GetValue<double>(),
            counts["blob"]!.GetValue<double>(), counts["total"]!.GetValue<double>(), counts["entities"]?.GetValue<double>() ?? 0);
    }

    /// <summary>
    /// How many product orders exist, from a list's <c>X-Total-Count</c>. A small page gives it only while counting fits its
    /// budget; a page past the end has read every key to get there, so it always knows the total (and reads no order).
    /// </summary>
    public async Task<int> CountProductOrdersAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("/tmf-api/productOrderingManagement/v4/productOrder?fields=id&offset=100000000&limit=1", cancellationToken);
        response.EnsureSuccessStatusCode();
        return int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => http.Dispose();

    private async Task<byte[]> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }
}
