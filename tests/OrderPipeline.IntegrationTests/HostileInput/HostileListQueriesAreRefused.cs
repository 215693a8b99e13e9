using System.Net;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>
/// The list endpoints take their query string as data: OData-looking filter values never widen a filter,
/// malformed paging and attribute selection are refused with the TMF error body, and nothing changes in storage.
/// </summary>
public sealed class HostileListQueriesAreRefused(SeededPipeline pipeline) : IClassFixture<SeededPipeline>
{
    private const string Orders = PipelineApp.ProductOrderPath;
    private const string Entries = "/manage/inboundQueue";

    public static TheoryData<string, string> RefusedQueries => new()
    {
        // Filters whose value cannot be an order's: an unknown state, an id that is no id of ours, control characters.
        { Orders, "state=%27%20or%201%20eq%201" },
        { Orders, "state=state%20eq%20%27x%27" },
        { Orders, "state=acknowledged%27%20or%20%27a%27%20eq%20%27a" },
        { Orders, "state=acknowledged&state=rejected" },
        { Orders, "id=%27%20or%20PartitionKey%20ne%20%27" },
        { Orders, "id=" + new string('a', 6_000) },
        { Orders, "externalId=%00" },
        { Orders, "externalId=CPQ%0D%0A" },
        { Orders, "orderDate=%27%20or%201%20eq%201" },
        { Orders, "%24filter=state%20eq%20%27x%27" },
        { Orders, "PartitionKey=x" },
        { Entries, "state=%27%20or%201%20eq%201" },
        { Entries, "state=state%20eq%20%27x%27" },
        { Entries, "state=New%27" },
        { Entries, "state=%00" },
        { Entries, "state=InProgress,Done" },
        { Entries, "state=New&state=Done" },
        { Entries, "state=1" },
        { Entries, "state=" + new string('N', 6_000) },
        { Entries, "%24filter=State%20eq%20%27Error%27" },
        // Paging.
        { Orders, "offset=-1" }, { Entries, "offset=-1" },
        { Orders, "offset=abc" }, { Entries, "offset=abc" },
        { Orders, "offset=99999999999999999999" }, { Entries, "offset=99999999999999999999" },
        { Orders, "offset=1e3" }, { Entries, "offset=0x10" },
        { Orders, "offset=0&offset=1" }, { Entries, "offset=0&offset=1" },
        { Orders, "limit=0" }, { Entries, "limit=0" },
        { Orders, "limit=-5" }, { Entries, "limit=-5" },
        { Orders, "limit=many" }, { Entries, "limit=many" },
        { Orders, "limit=99999999999999999999" }, { Entries, "limit=99999999999999999999" },
        { Orders, "limit=%EF%BC%91%EF%BC%90" }, { Entries, "limit=%EF%BC%91%EF%BC%90" },
        { Orders, "limit=10&limit=20" }, { Entries, "limit=10&limit=20" },
        { Orders, "limit=%00" }, { Entries, "offset=%00" },
        // Attribute selection.
        { Orders, "fields=" + string.Join(',', Enumerable.Range(0, 1_000).Select(i => $"f{i}")) },
        { Orders, "fields=.." }, { Orders, "fields=*" }, { Orders, "fields=%E5%90%8D%E5%89%8D" },
        { Orders, "fields=id,..%2F..%2Fetc" }, { Orders, "fields=" }, { Orders, "fields=,,," },
        { Orders, "fields=externalId%00" }, { Orders, "fields=" + new string('f', 6_000) },
        { Entries, "fields=*" }, { Entries, "fields=" + string.Join(',', Enumerable.Range(0, 1_000).Select(i => $"f{i}")) },
    };

    [Theory]
    [MemberData(nameof(RefusedQueries))]
    public async Task HostileQueryIsRefusedWithTheTmfError(string path, string query)
    {
        var response = await pipeline.App.Client.GetAsync($"{path}?{query}");

        await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidQuery");
        await pipeline.AssertUnharmedAsync();
    }

    // An external id is the client's own text and may hold quotes, so these are answered, but only with what matches exactly.
    [Theory]
    [InlineData("externalId=%27%20or%201%20eq%201")]
    [InlineData("externalId=CPQ-SEEDED-SYNC%27%20or%20%27a%27%20eq%20%27a")]
    [InlineData("externalId=%27%27")]
    [InlineData("externalId=%22%27%5C")]
    [InlineData("externalId=CPQ-SEEDED-SYNC%27)%20or%20(1%20eq%201")]
    [InlineData("externalId=%E2%80%AE%F0%9F%99%82")]
    [InlineData("id=0123456789abcdef0123456789abcdef")]
    public async Task FilterValueThatLooksLikeODataMatchesNothing(string query)
    {
        var (_, orders) = await pipeline.App.GetArrayAsync($"{Orders}?{query}");

        Assert.Empty(orders);
        await pipeline.AssertUnharmedAsync();
    }

    [Fact]
    public async Task VeryLongExternalIdMatchesNothing()
    {
        var (_, orders) = await pipeline.App.GetArrayAsync($"{Orders}?externalId={new string('x', 6_000)}");

        Assert.Empty(orders);
        await pipeline.AssertUnharmedAsync();
    }

    [Fact]
    public async Task SeededOrdersAreStillListedExactlyByTheirFilters()
    {
        var (_, created) = await pipeline.App.GetArrayAsync($"{Orders}?externalId=CPQ-SEEDED-SYNC");
        var (_, entries) = await pipeline.App.GetArrayAsync($"{Entries}?state=new");

        Assert.Equal(pipeline.CreatedId, Assert.Single(created)!["id"]!.GetValue<string>());
        Assert.Equal(pipeline.AcceptedId, Assert.Single(entries)!["id"]!.GetValue<string>());
    }
}
