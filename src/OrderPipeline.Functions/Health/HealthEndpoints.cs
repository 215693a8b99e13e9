using OrderPipeline.Functions.Hosting;
using OrderPipeline.Storage;

namespace OrderPipeline.Functions.Health;

/// <summary><c>GET /health</c>: 200 when storage answers within a few seconds, 503 when it does not.</summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static void MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapFunction(FunctionCatalog.Health, CheckAsync);

    private static async Task<IResult> CheckAsync(StorageHealthProbe probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var reachable = await probe.IsReachableAsync(timeout.Token);
        var status = new HealthStatus(reachable ? "healthy" : "unhealthy", reachable ? "reachable" : "unreachable");
        return TypedResults.Json(
            status,
            FunctionsJsonContext.Default.HealthStatus,
            statusCode: reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
