using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.DevHost.Functions;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.DevHost.ApiDescription;

/// <summary>
/// What a function's endpoint carries for ASP.NET Core's API explorer: the method (which it reads parameters from), the
/// attributes of the method and its class (summaries, tags, response types), and a TM Forum error response
/// for each status the function declares, plus the 401 of a missing key wherever the auth level asks for one.
/// </summary>
internal static class FunctionEndpointMetadata
{
    private static readonly string[] Json = ["application/json"];

    public static object[] Of(HttpFunction function)
    {
        var method = function.Method;
        // [Consumes] stays off the endpoint: routing would refuse other media types itself (see FunctionRequestBodies).
        List<object> metadata = [method, .. method.DeclaringType!.GetCustomAttributes(), .. method.GetCustomAttributes().Where(attribute => attribute is not IAcceptsMetadata)];
        var errors = method.GetCustomAttribute<TmfErrorResponsesAttribute>()?.Statuses ?? [];
        if (function.AuthLevel != AuthorizationLevel.Anonymous)
        {
            errors = [StatusCodes.Status401Unauthorized, .. errors];
        }

        metadata.AddRange(errors.Order().Select(status => new ProducesResponseTypeMetadata(status, typeof(TmfError), Json)));
        return [.. metadata];
    }
}
