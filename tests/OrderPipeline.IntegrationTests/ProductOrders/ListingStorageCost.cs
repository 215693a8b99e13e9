using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ProductOrders;

/// <summary>
/// A list page of N orders costs at most ⌈N/100⌉ + 2 storage requests, counted by the app's own counter around that one
/// request (no queue listener, no timers: nothing else sends any meanwhile). Counting the matches for X-Total-Count
/// reads their keys, a thousand a request: here one, for 250 orders.
/// </summary>
public sealed class ListingStorageCost(ListingStorageCost.ManyOrdersPipeline pipeline) : IClassFixture<ListingStorageCost.ManyOrdersPipeline>
{
    /// <summary>250 product orders, with 25 service orders among them (same tables), created sync without business validation for speed.</summary>
    public sealed class ManyOrdersPipeline : IAsyncLifetime
    {
        public const int ProductOrders = 250;

        public PipelineApp App { get; private set; } = null!;

        public List<string> ProductOrderIds { get; } = [];

        public async Task InitializeAsync()
        {
            App = await PipelineApp.StartAsync(new Dictionary<string, string?>(TestSettings.ListenerOff)
            {
                ["create_product_order_validation_sync"] = "false",
                ["create_service_order_validation_sync"] = "false",
            });
            var ids = new (int Index, string Id)[ProductOrders];
            await Parallel.ForEachAsync(Enumerable.Range(0, ProductOrders), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, _) =>
            {
                if (n % 10 == 0)
                {
                    await CreatedIdAsync(await App.PostServiceOrderAsync(ServiceOrderJson.Sample($"CPQ-SO-COST-{n:D3}")));
                }

                ids[n] = (n, await CreatedIdAsync(await App.PostOrderAsync(Orders.Sample($"CPQ-COST-{n:D3}"))));
            });
            ProductOrderIds.AddRange(ids.Select(pair => pair.Id).Order(StringComparer.Ordinal));
        }

        public async Task DisposeAsync() => await App.DisposeAsync();

        private static async Task<string> CreatedIdAsync(HttpResponseMessage response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201 but got {(int)response.StatusCode}: {text}");
            return JsonNode.Parse(text)!["id"]!.GetValue<string>();
        }
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(100, 100)]
    [InlineData(0, 250)]
    [InlineData(0, 1000)]
    [InlineData(240, 50)]
    public async Task APageCostsAtMostOneRequestPerHundredOrdersPlusTwo(int offset, int limit)
    {
        var app = pipeline.App;
        var path = $"{PipelineApp.ProductOrderPath}?offset={offset}&limit={limit}";

        var (requests, (response, orders)) = await pipeline.App.StorageRequestsDuringAsync(() => app.GetArrayAsync(path));

        var expected = pipeline.ProductOrderIds.Skip(offset).Take(limit).ToList();
        Assert.Equal(expected, orders.Select(order => order!["id"]!.GetValue<string>()));
        Assert.All(orders, order => Assert.Equal(2, order!["productOrderItem"]!.AsArray().Count));
        Assert.Equal($"{ManyOrdersPipeline.ProductOrders}", response.Header("X-Total-Count"));
        var bound = (expected.Count + 99) / 100 + 2;
        Assert.True(requests <= bound, $"listing {expected.Count} orders sent {requests} storage requests; at most {bound} expected");
    }

    [Fact]
    public async Task APageWithSelectedFieldsCostsNoMore()
    {
        var (requests, (_, orders)) = await pipeline.App.StorageRequestsDuringAsync(
            () => pipeline.App.GetArrayAsync($"{PipelineApp.ProductOrderPath}?limit=1000&fields=externalId,productOrderItem"));

        Assert.Equal(ManyOrdersPipeline.ProductOrders, orders.Count);
        Assert.All(orders, order => Assert.Equal(2, order!["productOrderItem"]!.AsArray().Count));
        Assert.True(requests <= 5, $"listing {orders.Count} orders sent {requests} storage requests; at most 5 expected");
    }

    [Fact]
    public async Task AFilteredPageCostsAtMostThreeRequests()
    {
        var (requests, (_, orders)) = await pipeline.App.StorageRequestsDuringAsync(
            () => pipeline.App.GetArrayAsync($"{PipelineApp.ProductOrderPath}?externalId=CPQ-COST-123"));

        Assert.Equal("CPQ-COST-123", Assert.Single(orders)!["externalId"]!.GetValue<string>());
        Assert.True(requests <= 3, $"listing one order sent {requests} storage requests; at most 3 expected");
    }
}
