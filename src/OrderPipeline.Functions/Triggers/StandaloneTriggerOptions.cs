namespace OrderPipeline.Functions.Triggers;

/// <summary>
/// App settings <c>StandaloneTriggers__*</c>: whether the app runs its own queue listener and timer.
/// Under the Functions host (FUNCTIONS_CUSTOMHANDLER_PORT set) it never does: the host triggers the functions.
/// </summary>
public sealed class StandaloneTriggerOptions
{
    public const string SectionName = "StandaloneTriggers";

    public bool QueueListener { get; set; } = true;
    public bool Timer { get; set; } = true;
}
