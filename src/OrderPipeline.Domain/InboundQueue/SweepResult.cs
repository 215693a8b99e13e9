namespace OrderPipeline.Domain.InboundQueue;

/// <summary>How many stalled entries a sweep took and how many of them it brought to Done.</summary>
public sealed record SweepResult(int Taken, int Done);
