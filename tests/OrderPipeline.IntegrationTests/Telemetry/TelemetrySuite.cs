namespace OrderPipeline.IntegrationTests.Telemetry;

/// <summary>
/// Spans and instruments are process-wide: while a test listens, it would also hear every other app the tests run at the
/// same time. The telemetry tests therefore run alone, after the rest, so that what they capture is their own app's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetrySuite
{
    public const string Name = "Telemetry";
}
