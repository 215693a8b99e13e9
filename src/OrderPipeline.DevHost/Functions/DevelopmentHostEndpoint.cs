namespace OrderPipeline.DevHost.Functions;

/// <summary>
/// Marks an endpoint the development host serves besides the functions (the OpenAPI document, the reference page), so
/// that what it serves of the function app can still be compared with functions.metadata.
/// </summary>
internal sealed record DevelopmentHostEndpoint(string Purpose);
