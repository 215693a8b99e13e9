using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;

namespace OrderPipeline.Domain.Tests.Cancellation;

/// <summary>Inbound entries in memory with ETag-like versions, and a hook that runs just before a write: where a test makes a race or a crash.</summary>
internal sealed class InMemoryEntries : IInboundEntryStore
{
    private readonly Dictionary<string, (InboundEntry Entry, int Version)> entries = [];

    public Func<InboundEntry, Task>? BeforeWrite { get; set; }

    public List<RoutedEvent> Recorded { get; } = [];

    public void Put(InboundEntry entry)
    {
        entry.MarkPersisted("1");
        entries[entry.Id] = (entry, 1);
    }

    public Task<InboundEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(entries.TryGetValue(id, out var stored) ? Copy(stored.Entry, stored.Version) : null);

    public async Task<bool> TryUpdateAsync(InboundEntry entry, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken)
    {
        if (BeforeWrite is { } hook) await hook(entry);
        var (_, version) = entries[entry.Id];
        if (entry.Version != version.ToString()) return false;
        entries[entry.Id] = (Copy(entry, version + 1)!, version + 1);
        entry.MarkPersisted((version + 1).ToString());
        Recorded.AddRange(events);
        return true;
    }

    public Task<string> ReadPayloadAsync(InboundEntry entry, CancellationToken cancellationToken) => Task.FromResult("{}");

    public Task<bool> AddAsync(InboundEntry entry, string payload, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<InboundEntryPage> ListAsync(InboundState? state, int offset, int limit, bool newestFirst, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<IReadOnlyDictionary<InboundState, int>> CountByStateAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<IReadOnlyList<string>> FindStalledAsync(DateTimeOffset newBefore, DateTimeOffset now, int max, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<int> PurgeDoneAsync(DateTimeOffset doneBefore, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<bool?> TryDeleteFailedAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();

    private static InboundEntry? Copy(InboundEntry entry, int version) => InboundEntry.Rehydrate(
        entry.Id, entry.OrderType, entry.ExternalId, entry.Source, entry.State, entry.Attempts, entry.CreatedAt, entry.UpdatedAt,
        entry.LeaseUntil, entry.OrderId, entry.Error, entry.History, version.ToString(), entry.CancellationReason);
}

/// <summary>Cancel tasks in memory, with a hook before each completion: where a test crashes the request.</summary>
internal sealed class InMemoryTasks : ICancelTaskStore
{
    private readonly Dictionary<string, (CancelOrderTask Task, int Version)> tasks = [];

    public Func<CancelOrderTask, Task>? BeforeUpdate { get; set; }

    public List<RoutedEvent> Recorded { get; } = [];

    public int Count => tasks.Count;

    public Task<CancelOrderTask?> FindAsync(OrderType orderType, string id, CancellationToken cancellationToken) =>
        Task.FromResult(tasks.TryGetValue(id, out var stored) && stored.Task.OrderType == orderType ? Copy(stored.Task, stored.Version) : null);

    public Task<bool> TryAddAsync(CancelOrderTask task, CancellationToken cancellationToken)
    {
        if (!tasks.TryAdd(task.Id, (Copy(task, 1), 1))) return Task.FromResult(false);
        task.MarkPersisted("1");
        return Task.FromResult(true);
    }

    public async Task<bool> TryUpdateAsync(CancelOrderTask task, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken)
    {
        if (BeforeUpdate is { } hook) await hook(task);
        if (!tasks.TryGetValue(task.Id, out var stored) || stored.Version.ToString() != task.Version) return false;
        tasks[task.Id] = (Copy(task, stored.Version + 1), stored.Version + 1);
        task.MarkPersisted((stored.Version + 1).ToString());
        Recorded.AddRange(events);
        return true;
    }

    public Task<bool> TryDeleteAsync(CancelOrderTask task, CancellationToken cancellationToken) => Task.FromResult(tasks.Remove(task.Id));

    public Task<IReadOnlyList<CancelOrderTask>> FindUnfinishedAsync(DateTimeOffset receivedBefore, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CancelOrderTask>>([.. tasks.Values
            .Where(stored => !stored.Task.IsDone && stored.Task.State != CancelTaskStates.TerminatedWithError && stored.Task.CreatedAt <= receivedBefore)
            .Take(max).Select(stored => Copy(stored.Task, stored.Version))]);

    public Task<OrderPage<CancelOrderTask>> ListAsync(OrderType orderType, CancelTaskQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    private static CancelOrderTask Copy(CancelOrderTask task, int version) => CancelOrderTask.Rehydrate(
        task.OrderType, task.OrderId, task.State, task.CancellationReason, task.RequestedCancellationDate, task.EffectiveCancellationDate, task.CreatedAt, version.ToString());
}

/// <summary>No created orders: the cancellations under test are of orders still in the inbound queue.</summary>
internal sealed class NoCustomerOrders : ICustomerOrderStore
{
    public Task SaveAsync(CustomerOrder order, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<StoredOrder?> FindAsync(OrderType orderType, string id, CancellationToken cancellationToken) => Task.FromResult<StoredOrder?>(null);
    public Task<OrderPage<StoredOrder>> ListAsync(OrderType orderType, OrderQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
    public Task<CustomerOrderHeader?> FindHeaderAsync(OrderType orderType, string id, CancellationToken cancellationToken) => Task.FromResult<CustomerOrderHeader?>(null);
    public Task<bool> TryUpdateHeaderAsync(CustomerOrderHeader header, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken) => throw new NotSupportedException();
}
