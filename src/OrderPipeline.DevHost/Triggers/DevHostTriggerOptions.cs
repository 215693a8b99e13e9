namespace OrderPipeline.DevHost.Triggers;

/// <summary>App settings <c>DevHost__*</c>: whether the development host runs its queue listener and timers (tests turn them off to drive entries themselves).</summary>
public sealed class DevHostTriggerOptions
{
    public const string SectionName = "DevHost";

    public bool QueueListener { get; set; } = true;
    public bool Timers { get; set; } = true;
}
