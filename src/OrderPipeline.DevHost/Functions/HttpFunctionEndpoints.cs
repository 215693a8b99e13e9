using OrderPipeline.DevHost.ApiDescription;

namespace OrderPipeline.DevHost.Functions;

/// <summary>Maps each HTTP function at the route and methods its <c>HttpTrigger</c> declares, as the host would route to it.</summary>
internal static class HttpFunctionEndpoints
{
    public static void MapHttpFunctions(this IEndpointRouteBuilder endpoints, FunctionIndex functions)
    {
        foreach (var function in functions.Http)
        {
            CheckParameters(function);
            endpoints.MapMethods(function.Pattern, function.Methods, context => InvokeAsync(function, context))
                .WithName(function.Name)
                .WithMetadata(function)
                .WithMetadata(FunctionEndpointMetadata.Of(function));
        }
    }

    private static async Task InvokeAsync(HttpFunction function, HttpContext context)
    {
        var returned = await FunctionInvoker.InvokeAsync(context.RequestServices, function.Method, parameter =>
            parameter.ParameterType == typeof(HttpRequest) ? context.Request
            : parameter.ParameterType == typeof(CancellationToken) ? context.RequestAborted
            : context.Request.RouteValues[parameter.Name!]?.ToString());
        var result = returned switch
        {
            IResult answer => answer,
            null => TypedResults.Ok(),
            _ => throw new InvalidOperationException($"Function {function.Name} returned a {returned.GetType().Name}; the development host serves IResult."),
        };
        await result.ExecuteAsync(context);
    }

    /// <summary>Fails at start, not at the first request, when a function takes something the host binding would not give here.</summary>
    private static void CheckParameters(HttpFunction function)
    {
        var routeParameters = Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(function.Route).Parameters
            .Select(parameter => parameter.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in function.Method.GetParameters())
        {
            var bindable = parameter.ParameterType == typeof(HttpRequest) || parameter.ParameterType == typeof(CancellationToken)
                || (parameter.ParameterType == typeof(string) && routeParameters.Contains(parameter.Name!));
            if (!bindable) throw FunctionInvoker.Unbindable(function.Name, parameter, "HTTP");
        }
    }
}
