using OrderPipeline.Functions.Hosting;
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
        .. Paging.Parameters("events", DefaultLimit, MaxLimit),
    ];
}
