namespace OrderPipeline.Benchmark;

/// <summary>
/// How many cores were busy, on average, during a phase: the app, Azurite, the benchmark client, and anything else
/// on the machine (other people's work included), out of <see cref="Cores"/>.
/// </summary>
internal sealed record CpuUse(double App, double Azurite, double Client, double Other, int Cores)
{
    public double AppMsPerOrder { get; init; }
    public double AzuriteMsPerOrder { get; init; }
}
