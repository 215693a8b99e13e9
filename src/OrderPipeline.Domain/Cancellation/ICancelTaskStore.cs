using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Ordering;

namespace OrderPipeline.Domain.Cancellation;

/// <summary>Where cancel tasks are kept.</summary>
public interface ICancelTaskStore
{
    Task<CancelOrderTask?> FindAsync(OrderType orderType, string id, CancellationToken cancellationToken);

    /// <summary>Records a task just received; false, changing nothing, when the order has a task already.</summary>
    Task<bool> TryAddAsync(CancelOrderTask task, CancellationToken cancellationToken);

    /// <summary>Writes the task's new state with <paramref name="events"/>, in one transaction, if nobody changed it since it was read.</summary>
    Task<bool> TryUpdateAsync(CancelOrderTask task, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken);

    /// <summary>Deletes a task that was received but could not be carried out, if nobody changed it since it was read.</summary>
    Task<bool> TryDeleteAsync(CancelOrderTask task, CancellationToken cancellationToken);

    /// <summary>Tasks of either type still received (not done) since before <paramref name="receivedBefore"/>: cancellations cut off half-way.</summary>
    Task<IReadOnlyList<CancelOrderTask>> FindUnfinishedAsync(DateTimeOffset receivedBefore, int max, CancellationToken cancellationToken);

    /// <summary>Tasks of this type matching the query, in the order of their orders' ids.</summary>
    Task<OrderPage<CancelOrderTask>> ListAsync(OrderType orderType, CancelTaskQuery query, CancellationToken cancellationToken);
}
