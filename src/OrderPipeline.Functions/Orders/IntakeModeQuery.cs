using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Orders;

/// <summary>The query string of <c>POST /productOrder</c> and <c>POST /serviceOrder</c>: the intake <c>mode</c>.</summary>
internal sealed class IntakeModeQuery : IDescribedQuery
{
    public const string Mode = "mode";
    public const string Sync = "sync";
    public const string Async = "async";

    private IntakeModeQuery()
    {
    }

    public static IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new(Mode, $"{Sync} (the default): validate and create the customer order, answer 201 with it. " +
            $"{Async}: validate, queue the order as an inbound entry, answer 202 at once; poll the order's href until it is created. " +
            "A bulk request (application/x-ndjson) must be async.") { Values = [Sync, Async], },
    ];
}
