namespace OrderPipeline.Functions.Hosting.Contract;

/// <summary>A header the function sets on its answer with <see cref="Status"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ResponseHeaderAttribute(int status, string name, string description) : Attribute
{
    public int Status { get; } = status;
    public string Name { get; } = name;
    public string Description { get; } = description;

    /// <summary>An integer header, such as <c>X-Total-Count</c>; otherwise a string.</summary>
    public bool IsInteger { get; init; }
}
