namespace OrderPipeline.Domain.ReferenceData;

/// <summary>A customer account or consumer (TMF629/TMF632 party), reduced to what validation reads.</summary>
public sealed record Party(string Id, string? Name, string? Type, string? Status)
{
    public bool IsActive => string.Equals(Status, "active", StringComparison.OrdinalIgnoreCase);
}
