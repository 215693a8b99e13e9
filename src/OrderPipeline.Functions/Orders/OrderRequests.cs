using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Intake;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Telemetry;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Orders;

/// <summary>
/// TMF622 <c>/productOrder</c> and TMF641 <c>/serviceOrder</c> over HTTP: create (sync, async or bulk), retrieve in every
/// phase, list. Written once; each order type brings its own names, and a thin function class per type calls it.
/// </summary>
public sealed class OrderRequests(
    OrderIntake intake, BulkOrderIntake bulk, OrderQueries queries, RequestBodyBudget budget, IOptions<IntakeOptions> options,
    OrderMetrics metrics)
{
    public async Task<IResult> CreateAsync<TOrder>(HttpRequest request, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        if (!TryParseMode(request.Query[IntakeModeQuery.Mode], out var mode))
        {
            return TmfErrors.InvalidQuery(IntakeModeQuery.Mode,
                $"mode '{request.Query[IntakeModeQuery.Mode]}' is not supported; use {IntakeModeQuery.Sync} (the default) or {IntakeModeQuery.Async}.");
        }

        var source = Source(request, TOrder.Names.Api);
        if (MediaTypes.Is(request.ContentType, MediaTypes.Ndjson))
        {
            return mode != IntakeMode.Async ? TmfErrors.BulkNeedsAsync()
                : request.Headers.ContainsKey(IdempotencyKeyHeader.Name) ? TmfErrors.InvalidHeader(IdempotencyKeyHeader.Name,
                    $"{IdempotencyKeyHeader.Name} applies to one order; it is not taken with a bulk request.")
                : await bulk.SubmitAsync<TOrder>(request, source, cancellationToken);
        }

        if (!IdempotencyKeyHeader.TryRead(request, out var idempotencyKey, out var keyError))
        {
            return keyError;
        }

        var (order, error) = await OrderRequestBody.ReadAsync(request, TOrder.JsonTypeInfo, options.Value, budget, cancellationToken);
        if (order is null)
        {
            metrics.Refused(TOrder.Names.OrderType, mode, IntakeRefusals.Unreadable);
            return error!;
        }

        var result = await intake.SubmitAsync(order, mode, source, idempotencyKey, cancellationToken);
        if (result.Replayed)
        {
            request.HttpContext.Response.Headers[IdempotencyKeyHeader.ReplayedHeaderName] = "true";
        }

        return result.Outcome switch
        {
            IntakeOutcome.Invalid => TmfErrors.InvalidOrder(result.Failures),
            IntakeOutcome.KeyReused => TmfErrors.IdempotencyKeyReused(),
            IntakeOutcome.TooLarge => TmfErrors.OrderTooLarge(result.Failures[0].Message),
            IntakeOutcome.Created => JsonResourceResult.WithLocation(
                StatusCodes.Status201Created, result.Order!.Href!, result.Order, TOrder.JsonTypeInfo),
            _ => JsonResourceResult.WithLocation(
                StatusCodes.Status202Accepted, result.Order!.Href!, AsyncAcceptance.Of(result.Order), FunctionsJsonContext.Default.AsyncAcceptance),
        };
    }

    public async Task<IResult> RetrieveAsync<TOrder>(string id, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var order = await queries.FindAsync<TOrder>(id, cancellationToken);
        return order is null
            ? TmfErrors.NotFound($"No {TOrder.Names.Subject} order with id '{id}'.")
            : JsonResourceResult.Ok(order, TOrder.JsonTypeInfo);
    }

    public async Task<IResult> ListAsync<TOrder>(HttpRequest request, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        if (!OrderListQuery.TryParse(request.Query, TOrder.Names, out var listQuery, out var error))
        {
            return error;
        }

        var page = await queries.ListAsync<TOrder>(listQuery.Query, cancellationToken);
        if (page is null)
        {
            return TmfErrors.TooManyLists();
        }

        var headers = QueryParameters.CountHeaders(page.TotalCount, page.Items.Count);
        return listQuery.Fields is null
            ? JsonResourceResult.Ok(page.Items.ToList(), TOrder.ListJsonTypeInfo, headers)
            : JsonResourceResult.Ok(FieldSelection.Apply(page.Items, listQuery.Fields), FunctionsJsonContext.Default.JsonArray, headers);
    }

    private static bool TryParseMode(string? mode, out IntakeMode intakeMode)
    {
        (var known, intakeMode) = mode?.ToLowerInvariant() switch
        {
            null or "" or IntakeModeQuery.Sync => (true, IntakeMode.Sync),
            IntakeModeQuery.Async => (true, IntakeMode.Async),
            _ => (false, IntakeMode.Sync),
        };
        return known;
    }

    private static string Source(HttpRequest request, string api)
    {
        var userAgent = request.Headers.UserAgent.ToString();
        var source = userAgent.Length == 0 ? $"{api} API" : $"{api} API ({userAgent})";
        return source.Length <= 200 ? source : source[..200];
    }
}
