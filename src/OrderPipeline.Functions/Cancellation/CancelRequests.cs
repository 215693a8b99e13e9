using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.Tmf;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Orders;

namespace OrderPipeline.Functions.Cancellation;

/// <summary>
/// TMF622 <c>/cancelProductOrder</c> and TMF641 <c>/cancelServiceOrder</c> over HTTP: create (cancel the order), retrieve,
/// list. Written once; a thin function class per API calls it.
/// </summary>
public sealed class CancelRequests(OrderCancellation cancellation, ICancelTaskStore tasks, RequestBodyBudget budget)
{
    /// <summary>Seconds a cancel refused while its order is being created is asked to wait: creating one takes less.</summary>
    public const int RetryAfterSeconds = 2;

    // A cancellation is a reference, a reason and a date.
    private const int MaxBodyBytes = 64 * 1024;

    public async Task<IResult> CreateAsync<TCancel>(HttpRequest request, CancellationToken cancellationToken)
        where TCancel : CancelOrderResource, ICancelOrder<TCancel>
    {
        if (!MediaTypes.Is(request.ContentType, MediaTypes.Json))
        {
            return TmfErrors.UnsupportedMediaType(request.ContentType, $"the cancellation as {MediaTypes.Json}");
        }

        var (json, tooLarge) = await OrderRequestBody.ReadBufferedAsync(request, MaxBodyBytes, budget, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var (body, error) = OrderRequestBody.Parse(json.Span, TCancel.JsonTypeInfo, MaxBodyBytes);
        if (body is null)
        {
            return TmfErrors.ToResult(error!);
        }

        var failures = Problems(body);
        if (failures.Count > 0)
        {
            return TmfErrors.ToResult(TmfErrors.InvalidBodyError(failures));
        }

        var orderId = ((ICancelOrder<TCancel>)body).Order!.Id!;
        var result = await cancellation.CancelAsync(
            new CancelRequest(TCancel.OrderType, orderId, body.CancellationReason, body.RequestedCancellationDate), cancellationToken);
        var subject = OrderVocabulary.For(TCancel.OrderType).Subject;
        return result.Outcome switch
        {
            CancelOutcome.Cancelled => JsonResourceResult.WithLocation(
                StatusCodes.Status201Created, CancelOrderResources.HrefFor(TCancel.OrderType, result.Task!.Id), TCancel.From(result.Task), TCancel.JsonTypeInfo),
            CancelOutcome.AlreadyCancelled => JsonResourceResult.Ok(TCancel.From(result.Task!), TCancel.JsonTypeInfo),
            CancelOutcome.NotFound => TmfErrors.NotFound($"No {subject} order with id '{orderId}'."),
            // A processor holds the order for a moment: the client is told when to ask again.
            CancelOutcome.BeingProcessed => new RetryAfterResult(TmfErrors.Conflict(result.Detail!), RetryAfterSeconds),
            _ => TmfErrors.Conflict(result.Detail ?? "The order cannot be cancelled now."),
        };
    }

    public async Task<IResult> RetrieveAsync<TCancel>(string id, CancellationToken cancellationToken)
        where TCancel : CancelOrderResource, ICancelOrder<TCancel>
    {
        var task = Domain.OrderIds.IsWellFormed(id) ? await tasks.FindAsync(TCancel.OrderType, id, cancellationToken) : null;
        return task is null
            ? TmfErrors.NotFound($"No cancel task with id '{id}'.")
            : JsonResourceResult.Ok(TCancel.From(task), TCancel.JsonTypeInfo);
    }

    public async Task<IResult> ListAsync<TCancel>(HttpRequest request, CancellationToken cancellationToken)
        where TCancel : CancelOrderResource, ICancelOrder<TCancel>
    {
        if (!CancelListQuery<TCancel>.TryParse(request.Query, out var listQuery, out var error))
        {
            return error;
        }

        var page = await tasks.ListAsync(TCancel.OrderType, listQuery.Query, cancellationToken);
        return JsonResourceResult.Ok([.. page.Items.Select(TCancel.From)], TCancel.ListJsonTypeInfo, QueryParameters.CountHeaders(page.TotalCount, page.Items.Count));
    }

    private static List<ValidationFailure> Problems<TCancel>(TCancel body)
        where TCancel : CancelOrderResource, ICancelOrder<TCancel>
    {
        var failures = new List<ValidationFailure>();
        var field = TCancel.OrderField;
        if (((ICancelOrder<TCancel>)body).Order is not { Id: { Length: > 0 } })
        {
            failures.Add(new ValidationFailure($"{field}.id", $"{field}.id is required: the id of the order to cancel."));
        }

        if (body.RequestedCancellationDate is { } requested && !TmfDate.TryParse(requested, out _))
        {
            failures.Add(new ValidationFailure("requestedCancellationDate", $"requestedCancellationDate '{requested}' is not an ISO 8601 date-time."));
        }

        // What the server sets on a task: a client sending it is told so rather than ignored.
        (string Name, string? Value)[] serverOwned =
            [("id", body.Id), ("href", body.Href), ("state", body.State), ("effectiveCancellationDate", body.EffectiveCancellationDate)];
        failures.AddRange(serverOwned.Where(field => field.Value is not null)
            .Select(field => new ValidationFailure(field.Name, $"{field.Name} is set by the server; leave it out.")));
        return failures;
    }
}
