using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.InboundQueue;

/// <summary>The query string of <c>GET /manage/inboundQueue</c>, as its API description shows it.</summary>
internal sealed class InboundEntryListQuery : IDescribedQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    public const string OldestFirst = "createdAt";
    public const string NewestFirst = "-createdAt";

    private InboundEntryListQuery()
    {
    }

    public static IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("state", "Only entries in this state.") { Values = Enum.GetNames<InboundState>() },
        new("sort", "createdAt: oldest first (the default); -createdAt: newest first.") { Values = [OldestFirst, NewestFirst] },
        .. Paging.Parameters("entries", DefaultLimit, MaxLimit),
    ];
}
