namespace OrderPipeline.Domain.Cancellation;

public enum CancelOutcome
{
    /// <summary>The order is cancelled now; the task is new.</summary>
    Cancelled,

    /// <summary>The order was cancelled before; the task is the one that did it.</summary>
    AlreadyCancelled,

    /// <summary>No order of this type with this id.</summary>
    NotFound,

    /// <summary>A processor is creating the order right now; it can be cancelled once it is created.</summary>
    BeingProcessed,

    /// <summary>The order is in a state that cannot be cancelled.</summary>
    NotCancellable,
}
