using System.Net;
using System.Text.Json.Nodes;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ProductOrders;

/// <summary><c>GET /productOrder</c>: created orders in creation order, equality filters, attribute selection and paging.</summary>
public sealed class ProductOrderListing : IAsyncLifetime
{
    private static readonly string[] ExternalIds = ["CPQ-LIST-A", "CPQ-LIST-B", "CPQ-LIST-C"];

    private PipelineApp app = null!;
    private List<JsonObject> created = null!;

    // The listener is off so that an async order stays unprocessed for as long as a test needs.
    public async Task InitializeAsync()
    {
        app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        created = [];
        foreach (var externalId in ExternalIds)
        {
            var response = await app.PostOrderAsync(Orders.Sample(externalId));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            created.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
        }
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task CreatedOrdersAreListedInCreationOrderWithCountHeaders()
    {
        var (response, orders) = await app.GetArrayAsync(PipelineApp.ProductOrderPath);

        Assert.Equal(created.Select(Id), orders.Select(order => Id(order!)));
        Assert.Equal(ExternalIds, orders.Select(order => order!["externalId"]!.GetValue<string>()));
        Assert.Equal("3", response.Header("X-Total-Count"));
        Assert.Equal("3", response.Header("X-Result-Count"));
    }

    [Fact]
    public async Task EachListedOrderCarriesItsServerFieldsItemsAndParties()
    {
        var (_, orders) = await app.GetArrayAsync(PipelineApp.ProductOrderPath);

        Assert.Equal(3, orders.Count);
        Assert.All(orders, order =>
        {
            var id = Id(order!);
            Assert.Equal($"{PipelineApp.ProductOrderPath}/{id}", order!["href"]!.GetValue<string>());
            Assert.True(DateTimeOffset.TryParse(order["orderDate"]!.GetValue<string>(), out _));
            Assert.Equal("acknowledged", order["state"]!.GetValue<string>());
            Assert.Equal(["01", "02"], order["productOrderItem"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()));
            Assert.Equal("CUST-1001", order["relatedParty"]![0]!["id"]!.GetValue<string>());
        });
        Assert.Equal(created[1].ToJsonString(), orders[1]!.ToJsonString());
    }

    [Fact]
    public async Task FilterOnExternalIdFindsThatOrder() =>
        await AssertListsAsync($"externalId={ExternalIds[1]}", 1);

    [Fact]
    public async Task FilterOnIdFindsThatOrder() =>
        await AssertListsAsync($"id={Id(created[2])}", 2);

    [Fact]
    public async Task FilterOnOrderDateFindsTheOrderCreatedAtThatInstant() =>
        await AssertListsAsync($"orderDate={Uri.EscapeDataString(created[0]["orderDate"]!.GetValue<string>())}", 0);

    [Fact]
    public async Task FilterOnStateFindsEveryAcknowledgedOrder()
    {
        var (response, orders) = await app.GetArrayAsync($"{PipelineApp.ProductOrderPath}?state=acknowledged");

        Assert.Equal(created.Select(Id), orders.Select(order => Id(order!)));
        Assert.Equal("3", response.Header("X-Total-Count"));
        var (_, none) = await app.GetArrayAsync($"{PipelineApp.ProductOrderPath}?state=completed");
        Assert.Empty(none);
    }

    [Fact]
    public async Task TwoFiltersMustBothMatch()
    {
        await AssertListsAsync($"externalId={ExternalIds[1]}&state=acknowledged", 1);

        var (response, orders) = await app.GetArrayAsync($"{PipelineApp.ProductOrderPath}?externalId={ExternalIds[1]}&id={Id(created[0])}");

        Assert.Empty(orders);
        Assert.Equal("0", response.Header("X-Total-Count"));
        Assert.Equal("0", response.Header("X-Result-Count"));
    }

    [Fact]
    public async Task FieldsSelectsOnlyThoseAttributesBesideIdAndHref()
    {
        var (_, orders) = await app.GetArrayAsync($"{PipelineApp.ProductOrderPath}?fields=externalId,description");

        Assert.Equal(3, orders.Count);
        Assert.All(orders, order =>
            Assert.Equal(["description", "externalId", "href", "id"], order!.AsObject().Select(pair => pair.Key).Order(StringComparer.Ordinal)));
        Assert.Equal(ExternalIds, orders.Select(order => order!["externalId"]!.GetValue<string>()));
        Assert.Equal(created[0]["description"]!.GetValue<string>(), orders[0]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task OffsetAndLimitPageThroughTheOrders()
    {
        var (response, orders) = await app.GetArrayAsync($"{PipelineApp.ProductOrderPath}?offset=1&limit=1");

        Assert.Equal(Id(created[1]), Id(Assert.Single(orders)!));
        Assert.Equal("3", response.Header("X-Total-Count"));
        Assert.Equal("1", response.Header("X-Result-Count"));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("colour=red", "colour")]
    public async Task InvalidQueryIsRefusedNamingTheParameter(string query, string parameter)
    {
        var response = await app.Client.GetAsync($"{PipelineApp.ProductOrderPath}?{query}");

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidQuery");
        Assert.Equal([parameter], error.DetailPaths());
    }

    [Fact]
    public async Task AsyncOrderNotYetProcessedIsNotListed()
    {
        var id = await app.SubmitAsyncAsync(Orders.Sample("CPQ-LIST-PENDING"));
        var pending = await app.GetJsonAsync($"{PipelineApp.ProductOrderPath}/{id}");
        Assert.Equal("acknowledged", pending["state"]!.GetValue<string>());

        var (response, orders) = await app.GetArrayAsync(PipelineApp.ProductOrderPath);
        var (_, byExternalId) = await app.GetArrayAsync($"{PipelineApp.ProductOrderPath}?externalId=CPQ-LIST-PENDING");

        Assert.Equal(created.Select(Id), orders.Select(order => Id(order!)));
        Assert.Equal("3", response.Header("X-Total-Count"));
        Assert.Empty(byExternalId);
    }

    private async Task AssertListsAsync(string query, int expectedIndex)
    {
        var (response, orders) = await app.GetArrayAsync($"{PipelineApp.ProductOrderPath}?{query}");

        Assert.Equal(Id(created[expectedIndex]), Id(Assert.Single(orders)!));
        Assert.Equal(ExternalIds[expectedIndex], orders[0]!["externalId"]!.GetValue<string>());
        Assert.Equal("1", response.Header("X-Total-Count"));
        Assert.Equal("1", response.Header("X-Result-Count"));
    }

    private static string Id(JsonNode order) => order["id"]!.GetValue<string>();
}
