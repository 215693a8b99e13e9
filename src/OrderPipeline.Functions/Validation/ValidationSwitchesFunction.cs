using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Validation;

/// <summary>
/// <c>GET /manage/validationSwitches</c>: whether business validation is on for each order type and mode right now, and
/// the app setting that switches it. Read-only: a switch changes with its setting, never through the API.
/// </summary>
public sealed class ValidationSwitchesFunction(IOptionsMonitor<OrderValidationOptions> switches)
{
    [Function(nameof(ShowValidationSwitches))]
    [Tags("Validation")]
    [EndpointSummary("Show the validation switches")]
    [EndpointDescription("Whether business validation is on for each order type and mode, and the app setting that switches it.")]
    [ProducesResponseType<List<ValidationSwitchView>>(StatusCodes.Status200OK, MediaTypes.Json)]
    public IResult ShowValidationSwitches(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.ValidationSwitches)] HttpRequest request)
    {
        var now = switches.CurrentValue;
        List<ValidationSwitchView> views = [.. ValidationSwitchSettings.All.Select(entry => new ValidationSwitchView(
            entry.OrderType == OrderType.Product ? "product" : "service",
            entry.Mode == IntakeMode.Sync ? "sync" : "async",
            now.IsBusinessValidationOn(entry.OrderType, entry.Mode),
            entry.Setting))];
        return JsonResourceResult.Ok(views, FunctionsJsonContext.Default.ListValidationSwitchView);
    }
}
