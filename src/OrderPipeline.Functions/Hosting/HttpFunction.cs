namespace OrderPipeline.Functions.Hosting;

/// <summary>An HTTP API function; the host forwards its requests unchanged to the same path here.</summary>
/// <param name="Route">The route template, without a leading slash (routePrefix is "").</param>
public sealed record HttpFunction(string Name, string Method, string Route, FunctionAuthLevel AuthLevel) : FunctionDefinition(Name)
{
    public string Pattern => "/" + Route;
}
