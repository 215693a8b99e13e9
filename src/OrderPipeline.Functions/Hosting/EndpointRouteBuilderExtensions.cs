namespace OrderPipeline.Functions.Hosting;

internal static class EndpointRouteBuilderExtensions
{
    /// <summary>Maps an HTTP function at exactly the method and route its function.json declares.</summary>
    public static RouteHandlerBuilder MapFunction(this IEndpointRouteBuilder endpoints, HttpFunction function, Delegate handler) =>
        endpoints.MapMethods(function.Pattern, [function.Method], handler).WithName(function.Name).WithMetadata(function);
}
