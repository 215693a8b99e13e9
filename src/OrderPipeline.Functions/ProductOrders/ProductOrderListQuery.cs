using System.Text.RegularExpressions;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.ProductOrders;

/// <summary>The query string of <c>GET /productOrder</c>: equality filters (ANDed), <c>fields</c>, <c>offset</c> and <c>limit</c>.</summary>
internal sealed partial record ProductOrderListQuery(OrderQuery Query, IReadOnlySet<string>? Fields)
{
    private const int MaxFields = 50;

    // Parameters that are not attribute filters: paging, selection, and the Functions key parameter.
    private static readonly HashSet<string> Reserved = ["fields", "offset", "limit", "code"];
    private static readonly HashSet<string> Filters = ["id", "externalId", "state", "orderDate"];

    public static bool TryParse(IQueryCollection query, out ProductOrderListQuery parsed, out IResult error)
    {
        parsed = new ProductOrderListQuery(new OrderQuery(), null);
        error = Results.Empty;
        foreach (var key in query.Keys)
        {
            if (!Reserved.Contains(key) && !Filters.Contains(key))
            {
                error = TmfErrors.InvalidQuery(key, $"Filtering on '{key}' is not supported; filter on {string.Join(", ", Filters)}.");
                return false;
            }
        }

        if (!query.TryGetInt("offset", 0, 0, int.MaxValue, out var offset))
        {
            error = TmfErrors.InvalidQuery("offset", $"offset must be a whole number from 0 to {int.MaxValue}.");
            return false;
        }

        if (!query.TryGetInt("limit", OrderQuery.DefaultLimit, 1, OrderQuery.MaxLimit, out var limit))
        {
            error = TmfErrors.InvalidQuery("limit", $"limit must be a whole number from 1 to {OrderQuery.MaxLimit}.");
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
            offset, limit, IncludeItems: fields is null || fields.Contains("productOrderItem"));
        parsed = new ProductOrderListQuery(orderQuery, fields);
        return true;
    }

    [GeneratedRegex("^@?[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex FieldName();
}
