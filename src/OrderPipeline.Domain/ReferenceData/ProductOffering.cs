namespace OrderPipeline.Domain.ReferenceData;

/// <summary>A sellable offering of the product catalog (TMF620 ProductOffering), reduced to what validation reads.</summary>
public sealed record ProductOffering(string Id, string? Name, string? LifecycleStatus, string? ProductSpecificationId)
{
    public bool IsActive => string.Equals(LifecycleStatus, "Active", StringComparison.OrdinalIgnoreCase);
}
