using OrderPipeline.Domain;
using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Cancellation;

/// <summary>The query string of <c>GET /cancelProductOrder</c> and <c>GET /cancelServiceOrder</c>: filters, <c>offset</c> and <c>limit</c>.</summary>
internal sealed record CancelListQuery<TCancel>(CancelTaskQuery Query) : IDescribedQuery
    where TCancel : CancelOrderResource, ICancelOrder<TCancel>
{
    private static readonly string OrderIdParameter = $"{TCancel.OrderField}.id";

    public static IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("state", "Only tasks in this state.") { Values = CancelTaskStates.All(TCancel.OrderType) },
        new(OrderIdParameter, "Only the task cancelling this order.") { Example = new string('0', OrderIds.Length) },
        .. Paging.Parameters("tasks", OrderQuery.DefaultLimit, OrderQuery.MaxLimit),
    ];

    private static readonly HashSet<string> Known = [.. Parameters.Select(parameter => parameter.Name), Routes.KeyQueryParameter];

    public static bool TryParse(IQueryCollection query, out CancelListQuery<TCancel> parsed, out IResult error)
    {
        parsed = new CancelListQuery<TCancel>(new CancelTaskQuery());
        error = Results.Empty;
        if (query.FindUnacceptable(Known) is (string name, string problem))
        {
            error = TmfErrors.InvalidQuery(name, problem);
            return false;
        }

        var states = CancelTaskStates.All(TCancel.OrderType);
        if (query.Single("state") is { } state && !states.Contains(state))
        {
            error = TmfErrors.InvalidQuery("state", $"state must be one of {string.Join(", ", states)}.");
            return false;
        }

        if (query.Single(OrderIdParameter) is { } orderId && !OrderIds.IsWellFormed(orderId))
        {
            error = TmfErrors.InvalidQuery(OrderIdParameter, $"{OrderIdParameter} must be an order id: {OrderIds.Length} lowercase hexadecimal digits.");
            return false;
        }

        if (!Paging.TryRead(query, OrderQuery.DefaultLimit, OrderQuery.MaxLimit, out var offset, out var limit, out error))
        {
            return false;
        }

        parsed = new CancelListQuery<TCancel>(new CancelTaskQuery(query.Single("state"), query.Single(OrderIdParameter), offset, limit));
        return true;
    }
}
