using System.Text.RegularExpressions;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.Functions.Orders;

/// <summary>The query string of <c>GET /productOrder</c> and <c>GET /serviceOrder</c>: equality filters (ANDed), <c>fields</c>, <c>offset</c> and <c>limit</c>.</summary>
internal sealed partial record OrderListQuery(OrderQuery Query, IReadOnlySet<string>? Fields) : IDescribedQuery
{
    private const int MaxFields = 50;

    /// <summary>Attribute filters, then selection and paging: what the list takes, and what its API description shows.</summary>
    public static IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        new("id", $"Only the order with this id ({OrderIds.Length} lowercase hexadecimal digits).") { Example = new string('0', OrderIds.Length) },
        new("externalId", "Only orders with this externalId (the client's own reference), matched exactly.") { Example = "CPQ-Q-2026-0042" },
        new("state", "Only orders in this state.") { Values = OrderStates.All },
        new("orderDate", "Only orders accepted at this instant (ISO 8601 date-time).") { Format = "date-time", Example = "2026-11-23T12:24:00.391Z" },
        new("fields", $"Attributes to answer with, separated by commas (at most {MaxFields}), such as id,state,externalId; id and href are always given.") { Example = "id,state,externalId" },
        .. Paging.Parameters("orders", OrderQuery.DefaultLimit, OrderQuery.MaxLimit),
    ];

    // The Functions key may travel in the query string too.
    private static readonly HashSet<string> Known = [.. Parameters.Select(parameter => parameter.Name), Routes.KeyQueryParameter];

    public static bool TryParse(IQueryCollection query, OrderVocabulary names, out OrderListQuery parsed, out IResult error)
    {
        parsed = new OrderListQuery(new OrderQuery(), null);
        error = Results.Empty;
        if (query.FindUnacceptable(Known) is (string name, string problem))
        {
            error = TmfErrors.InvalidQuery(name, problem);
            return false;
        }

        if (query.Single("id") is { } id && !OrderIds.IsWellFormed(id))
        {
            error = TmfErrors.InvalidQuery("id", $"id must be an order id: {OrderIds.Length} lowercase hexadecimal digits.");
            return false;
        }

        // A state outside the TMF state type is a client error, not a filter matching nothing.
        if (query.Single("state") is { } state && !OrderStates.All.Contains(state))
        {
            error = TmfErrors.InvalidQuery("state", $"state must be one of {string.Join(", ", OrderStates.All)}.");
            return false;
        }

        if (!Paging.TryRead(query, OrderQuery.DefaultLimit, OrderQuery.MaxLimit, out var offset, out var limit, out error))
        {
            return false;
        }

        DateTimeOffset? orderDate = null;
        if (query.Single("orderDate") is { } orderDateText)
        {
            if (!TmfDate.TryParse(orderDateText, out var parsedDate))
            {
                error = TmfErrors.InvalidQuery("orderDate", $"orderDate '{orderDateText}' is not an ISO 8601 date-time.");
                return false;
            }

            orderDate = parsedDate;
        }

        HashSet<string>? fields = null;
        if (query.Single("fields") is { } fieldsText)
        {
            fields = [.. fieldsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            if (fields.Count is 0 or > MaxFields || !fields.All(field => FieldName().IsMatch(field)))
            {
                error = TmfErrors.InvalidQuery("fields", $"fields must list up to {MaxFields} attribute names separated by commas.");
                return false;
            }
        }

        var orderQuery = new OrderQuery(
            query.Single("id"), query.Single("externalId"), query.Single("state"), orderDate,
            offset, limit, IncludeItems: fields is null || fields.Contains(names.Items));
        parsed = new OrderListQuery(orderQuery, fields);
        return true;
    }

    [GeneratedRegex("^@?[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex FieldName();
}
