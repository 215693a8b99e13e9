using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Storage;

namespace OrderPipeline.Functions.Health;

/// <summary><c>GET /health</c>: 200 when storage answers within a few seconds, 503 when it does not.</summary>
public sealed class HealthFunction(StorageHealthProbe probe)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Function(nameof(Health))]
    [Tags("Health")]
    [EndpointSummary("Check health")]
    [ProducesResponseType<HealthStatus>(StatusCodes.Status200OK, MediaTypes.Json, Description = "Storage answers.")]
    [ProducesResponseType<HealthStatus>(StatusCodes.Status503ServiceUnavailable, MediaTypes.Json, Description = "Storage does not answer within 5 seconds.")]
    public async Task<IResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Health)] HttpRequest request,
        CancellationToken cancellationToken)
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
