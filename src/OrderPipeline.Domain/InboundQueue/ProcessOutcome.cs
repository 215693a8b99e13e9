namespace OrderPipeline.Domain.InboundQueue;

public enum ProcessOutcome
{
    /// <summary>The entry was missing, already finished, or held by another processor.</summary>
    NothingToDo,
    Done,
    Failed,
}
