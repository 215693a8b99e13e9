using System.Diagnostics;
using OpenTelemetry.Trace;

namespace OrderPipeline.Functions.Telemetry;

/// <summary>
/// Records storage calls only as children of the work they serve (a request, a message, a timer run): a storage client span
/// with no parent, such as the development host's queue listener polling every few seconds, would be a trace of its own
/// with nothing to follow. Everything else is sampled as its parent is, and always when it starts a trace.
/// </summary>
internal sealed class StorageCallsInContextSampler : Sampler
{
    private static readonly Sampler ParentBased = new ParentBasedSampler(new AlwaysOnSampler());

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.ParentContext.TraceId == default && IsStorageCall(samplingParameters)
            ? new SamplingResult(SamplingDecision.Drop)
            : ParentBased.ShouldSample(samplingParameters);

    /// <summary>
    /// An outgoing call (an HTTP request), or a call of an Azure SDK client: those carry <c>az.namespace</c> from the start,
    /// such as the tables created when the app starts.
    /// </summary>
    private static bool IsStorageCall(in SamplingParameters samplingParameters)
    {
        if (samplingParameters.Kind == ActivityKind.Client) return true;
        foreach (var tag in samplingParameters.Tags ?? [])
        {
            if (tag.Key == "az.namespace") return true;
        }

        return false;
    }
}
