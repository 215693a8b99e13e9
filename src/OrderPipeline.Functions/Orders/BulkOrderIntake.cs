using OrderPipeline.Storage;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Intake;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Telemetry;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Orders;

/// <summary>
/// Async intake of many orders in one request: <c>application/x-ndjson</c>, one order per line. Each order is
/// read, validated and accepted on its own, as if sent alone; the answer is 207 with one result per order line.
/// </summary>
public sealed partial class BulkOrderIntake(
    OrderIntake intake, RequestBodyBudget budget, IOptions<IntakeOptions> options, OrderMetrics metrics, ILogger<BulkOrderIntake> logger)
{
    public async Task<IResult> SubmitAsync<TOrder>(HttpRequest request, string source, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var limits = options.Value;
        var (body, tooLarge) = await OrderRequestBody.ReadBufferedAsync(request, limits.MaxRequestBytes, budget, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var lines = NdjsonLines.Split(body);
        if (lines.Count > limits.MaxBulkOrders)
        {
            return TmfErrors.TooManyOrders(limits.MaxBulkOrders);
        }

        if (lines.Count == 0)
        {
            return TmfErrors.InvalidBody($"The body holds no order: send one {TOrder.Names.Api} order as JSON per line.");
        }

        var results = new BulkLineResult[lines.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = limits.BulkWriteConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, lines.Count), parallel, async (index, token) =>
        {
            var (number, json) = lines[index];
            results[index] = await SubmitLineAsync<TOrder>(number, json, source, limits, token);
        });

        var accepted = results.Count(result => result.Order is not null);
        var answer = new BulkIntakeAnswer(accepted, results.Length - accepted, results);
        return new JsonResourceResult<BulkIntakeAnswer>(answer, FunctionsJsonContext.Default.BulkIntakeAnswer, StatusCodes.Status207MultiStatus);
    }

    private async Task<BulkLineResult> SubmitLineAsync<TOrder>(
        int line, ReadOnlyMemory<byte> json, string source, IntakeOptions limits, CancellationToken cancellationToken)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var (order, error) = OrderRequestBody.Parse(json.Span, TOrder.JsonTypeInfo, limits.MaxStringBytes);
        if (order is null)
        {
            metrics.Refused(TOrder.Names.OrderType, IntakeMode.Async, IntakeRefusals.Unreadable);
            return Refused(line, error!);
        }

        try
        {
            var result = await intake.SubmitAsync(order, IntakeMode.Async, source, idempotencyKey: null, cancellationToken);
            return result.Outcome switch
            {
                IntakeOutcome.Accepted => new BulkLineResult(line, StatusCodes.Status202Accepted, AsyncAcceptance.Of(result.Order!), null),
                IntakeOutcome.TooLarge => Refused(line, TmfErrors.OrderTooLargeError(result.Failures[0].Message)),
                _ => Refused(line, TmfErrors.InvalidOrderError(result.Failures)),
            };
        }
        catch (Exception ex) when (StorageFaults.IsUnavailable(ex))
        {
            // One order that storage refused must not lose the answers of the others already accepted.
            LogLineFailed(ex, line);
            return Refused(line, TmfErrors.StorageUnavailableError());
        }
    }

    private static BulkLineResult Refused(int line, TmfError error) =>
        new(line, int.Parse(error.Status, System.Globalization.CultureInfo.InvariantCulture), null, error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage failed on line {Line} of a bulk intake request")]
    private partial void LogLineFailed(Exception exception, int line);
}
