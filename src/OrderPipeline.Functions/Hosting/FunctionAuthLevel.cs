namespace OrderPipeline.Functions.Hosting;

/// <summary>Which Functions host key an HTTP function requires.</summary>
public enum FunctionAuthLevel
{
    Anonymous,
    Function,
    Admin,
}
