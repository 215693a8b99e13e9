namespace OrderPipeline.Domain.ReferenceData;

/// <summary>
/// A product specification (TMF620) or service specification (TMF633). The two differ only in JSON names
/// (<c>productSpecCharacteristic</c> / <c>specCharacteristic</c>, …), so one record serves both.
/// </summary>
public sealed record Specification(
    string Id,
    string? Name,
    string? Version,
    string? LifecycleStatus,
    IReadOnlyList<SpecCharacteristic> Characteristics,
    IReadOnlyList<SpecRelationship> Relationships);
