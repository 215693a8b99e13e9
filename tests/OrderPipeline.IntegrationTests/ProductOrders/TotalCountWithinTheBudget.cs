using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ProductOrders;

/// <summary>
/// Counting the matches for X-Total-Count reads their keys, a thousand a request. Over 2,050 orders a small page may not
/// pay for that: it answers its orders within ⌈N/100⌉ + 2 requests and leaves X-Total-Count out; a page large enough to
/// count them all within its budget gives the total.
/// </summary>
public sealed class TotalCountWithinTheBudget(TotalCountWithinTheBudget.ManyOrders pipeline) : IClassFixture<TotalCountWithinTheBudget.ManyOrders>
{
    /// <summary>2,050 product orders, created sync without business validation for speed.</summary>
    public sealed class ManyOrders : IAsyncLifetime
    {
        public const int Count = 2_050;

        public PipelineApp App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            App = await PipelineApp.StartAsync(new Dictionary<string, string?>(TestSettings.ListenerOff)
            {
                ["create_product_order_validation_sync"] = "false",
            });
            await Parallel.ForEachAsync(Enumerable.Range(0, Count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, _) =>
            {
                var response = await App.PostOrderAsync(Orders.Sample($"CPQ-TOTAL-{n:D4}"));
                Assert.True(response.StatusCode == HttpStatusCode.Created, $"order {n} answered {(int)response.StatusCode}");
            });
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 100)]
    [InlineData(900, 100)]
    public async Task ASmallPageLeavesTheTotalOutRatherThanCountPastItsBudget(int offset, int limit)
    {
        var (requests, (response, orders)) = await pipeline.App.StorageRequestsDuringAsync(
            () => pipeline.App.GetArrayAsync($"{PipelineApp.ProductOrderPath}?offset={offset}&limit={limit}"));

        Assert.Equal(limit, orders.Count);
        Assert.Equal($"{limit}", response.Header("X-Result-Count"));
        Assert.False(response.Headers.Contains("X-Total-Count"), $"X-Total-Count given for a page of {limit} over {ManyOrders.Count} orders");
        var bound = (limit + 99) / 100 + 2;
        Assert.True(requests <= bound, $"listing {limit} orders sent {requests} storage requests; at most {bound} expected");
    }

    [Fact]
    public async Task APageThatCanAffordTheCountGivesTheTotal()
    {
        var (requests, (response, orders)) = await pipeline.App.StorageRequestsDuringAsync(
            () => pipeline.App.GetArrayAsync($"{PipelineApp.ProductOrderPath}?offset=1000&limit=1000&fields=externalId"));

        Assert.Equal(1000, orders.Count);
        Assert.Equal($"{ManyOrders.Count}", response.Header("X-Total-Count"));
        Assert.True(requests <= 12, $"listing 1000 orders sent {requests} storage requests; at most 12 expected");
    }

    [Fact]
    public async Task AFilterNarrowEnoughToCountGivesTheTotal()
    {
        var (_, (response, orders)) = await pipeline.App.StorageRequestsDuringAsync(
            () => pipeline.App.GetArrayAsync($"{PipelineApp.ProductOrderPath}?externalId=CPQ-TOTAL-0042&limit=1"));

        Assert.Equal("CPQ-TOTAL-0042", Assert.Single(orders)!["externalId"]!.GetValue<string>());
        Assert.Equal("1", response.Header("X-Total-Count"));
    }
}
