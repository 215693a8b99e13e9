using Microsoft.Extensions.Options;
using OrderPipeline.Domain;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.ProductOrders;

/// <summary>TMF622 <c>/productOrder</c>: create (sync or async), retrieve in every phase, list.</summary>
internal static class ProductOrderEndpoints
{
    public static void MapProductOrders(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFunction(FunctionCatalog.CreateProductOrder, CreateAsync);
        endpoints.MapFunction(FunctionCatalog.RetrieveProductOrder, RetrieveAsync);
        endpoints.MapFunction(FunctionCatalog.ListProductOrders, ListAsync);
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, ProductOrderIntake intake, BulkProductOrderIntake bulk, IOptions<IntakeOptions> options, CancellationToken cancellationToken)
    {
        if (!TryParseMode(request.Query["mode"], out var mode))
        {
            return TmfErrors.InvalidQuery("mode", $"mode '{request.Query["mode"]}' is not supported; use sync (the default) or async.");
        }

        if (BulkProductOrderIntake.IsNdjson(request.ContentType))
        {
            return mode != IntakeMode.Async ? TmfErrors.BulkNeedsAsync()
                : request.Headers.ContainsKey(IdempotencyKeyHeader.Name) ? TmfErrors.InvalidHeader(IdempotencyKeyHeader.Name,
                    $"{IdempotencyKeyHeader.Name} applies to one order; it is not taken with a bulk request.")
                : await bulk.SubmitAsync(request, Source(request), cancellationToken);
        }

        if (!IdempotencyKeyHeader.TryRead(request, out var idempotencyKey, out var keyError))
        {
            return keyError;
        }

        var (order, error) = await OrderRequestBody.ReadAsync(request, TmfJsonContext.Default.ProductOrder, options.Value, cancellationToken);
        if (order is null)
        {
            return error!;
        }

        var result = await intake.SubmitAsync(order, mode, Source(request), idempotencyKey, cancellationToken);
        if (result.Replayed)
        {
            request.HttpContext.Response.Headers[IdempotencyKeyHeader.ReplayedHeaderName] = "true";
        }

        return result.Outcome switch
        {
            IntakeOutcome.Invalid => TmfErrors.InvalidOrder(result.Failures),
            IntakeOutcome.KeyReused => TmfErrors.IdempotencyKeyReused(),
            IntakeOutcome.Created => JsonResourceResult.WithLocation(
                StatusCodes.Status201Created, result.Order!.Href!, result.Order, TmfJsonContext.Default.ProductOrder),
            _ => JsonResourceResult.WithLocation(
                StatusCodes.Status202Accepted, result.Order!.Href!, AsyncAcceptance.Of(result.Order), FunctionsJsonContext.Default.AsyncAcceptance),
        };
    }

    private static async Task<IResult> RetrieveAsync(string id, ProductOrderQueries queries, CancellationToken cancellationToken)
    {
        var order = await queries.FindAsync(id, cancellationToken);
        return order is null
            ? TmfErrors.NotFound($"No product order with id '{id}'.")
            : JsonResourceResult.Ok(order, TmfJsonContext.Default.ProductOrder);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ProductOrderQueries queries, CancellationToken cancellationToken)
    {
        if (!ProductOrderListQuery.TryParse(request.Query, out var listQuery, out var error))
        {
            return error;
        }

        var page = await queries.ListAsync(listQuery.Query, cancellationToken);
        var headers = QueryParameters.CountHeaders(page.TotalCount, page.Items.Count);
        return listQuery.Fields is null
            ? JsonResourceResult.Ok(page.Items.ToList(), TmfJsonContext.Default.ListProductOrder, headers)
            : JsonResourceResult.Ok(FieldSelection.Apply(page.Items, listQuery.Fields), FunctionsJsonContext.Default.JsonArray, headers);
    }

    private static bool TryParseMode(string? mode, out IntakeMode intakeMode)
    {
        (var known, intakeMode) = mode?.ToLowerInvariant() switch
        {
            null or "" or "sync" => (true, IntakeMode.Sync),
            "async" => (true, IntakeMode.Async),
            _ => (false, IntakeMode.Sync),
        };
        return known;
    }

    private static string Source(HttpRequest request)
    {
        var userAgent = request.Headers.UserAgent.ToString();
        var source = userAgent.Length == 0 ? "TMF622 API" : $"TMF622 API ({userAgent})";
        return source.Length <= 200 ? source : source[..200];
    }
}
