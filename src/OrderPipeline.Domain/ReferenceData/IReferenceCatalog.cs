namespace OrderPipeline.Domain.ReferenceData;

/// <summary>Reads reference data by id for business validation; implementations cache with a short expiry.</summary>
public interface IReferenceCatalog
{
    /// <summary>Every record the query names that exists. Transient storage faults escape.</summary>
    Task<ReferenceSnapshot> ReadAsync(ReferenceQuery query, CancellationToken cancellationToken);
}
