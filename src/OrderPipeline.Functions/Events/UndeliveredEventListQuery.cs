using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Events;

/// <summary>The query string of <c>GET /manage/hubEvents/undelivered</c>, as its API description shows it.</summary>
internal sealed class UndeliveredEventListQuery : IDescribedQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private UndeliveredEventListQuery()
    {
    }

    public static IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("offset", "How many events to skip, for paging.") { Minimum = 0, Default = 0 },
        new("limit", "How many events to answer at most.") { Minimum = 1, Maximum = MaxLimit, Default = DefaultLimit },
    ];
}
