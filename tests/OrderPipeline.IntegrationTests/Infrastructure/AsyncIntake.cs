using System.Net;
using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>A CPQ client sending async orders to any app over HTTP.</summary>
public static class AsyncIntake
{
    public static Task<HttpResponseMessage> PostAsyncOrderAsync(this HttpClient client, JsonNode order, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{PipelineApp.ProductOrderPath}?mode=async")
        {
            Content = new StringContent(order.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    /// <summary>The id of a 202 answer; fails the test on any other answer.</summary>
    public static async Task<string> AcceptedIdAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202 but got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["id"]!.GetValue<string>();
    }

    /// <summary>
    /// <paramref name="count"/> multi-site orders of 1 to <paramref name="maxLines"/> lines (sizes from a fixed seed),
    /// sent by <paramref name="clients"/> clients in turn, a few at a time; every 202 is recorded in <paramref name="accepted"/>.
    /// </summary>
    public static async Task SubmitMixedOrdersAsync(IReadOnlyList<HttpClient> clients, AcceptedOrders accepted, int count, int maxLines = 30, int seed = 622)
    {
        var random = new Random(seed);
        var sizes = Enumerable.Range(0, count).Select(_ => random.Next(1, maxLines + 1)).ToArray();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, _) =>
        {
            var externalId = $"CPQ-FAULT-{n:D4}";
            var response = await clients[n % clients.Count].PostAsyncOrderAsync(Orders.MultiSite(sizes[n], externalId));
            accepted.Add(await response.AcceptedIdAsync(), externalId, sizes[n]);
        });
    }
}
