namespace OrderPipeline.Domain.InboundQueue;

/// <summary>Why processing an entry failed, in the terms of the TMF error body.</summary>
public sealed record InboundError(string Code, string Reason, string Message)
{
    public static InboundError PayloadUnavailable(string message) => new("payloadUnavailable", "The submitted order could not be read", message);

    public static InboundError GaveUp(int attempts, string message) =>
        new("processingFailed", $"Processing failed {attempts} times", message);
}
