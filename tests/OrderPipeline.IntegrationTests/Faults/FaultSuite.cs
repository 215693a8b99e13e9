namespace OrderPipeline.IntegrationTests.Faults;

/// <summary>
/// The fault tests start their own app processes and Azurite and load them hard; they run one after another,
/// so that on a small machine one does not starve another past its lease and grace periods.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultSuite
{
    public const string Name = "Faults";
}
