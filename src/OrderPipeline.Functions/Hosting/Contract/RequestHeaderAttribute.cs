namespace OrderPipeline.Functions.Hosting.Contract;

/// <summary>A request header the function reads; none is required.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequestHeaderAttribute(string name, string description) : Attribute
{
    public string Name { get; } = name;
    public string Description { get; } = description;
}
