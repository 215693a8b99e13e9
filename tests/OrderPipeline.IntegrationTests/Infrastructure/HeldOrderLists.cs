using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Ordering;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// Keeps every order list that reaches the customer order store waiting there until <see cref="Release"/>, so that a
/// test can have lists in flight for as long as it needs, without depending on how fast storage answers.
/// </summary>
public sealed class HeldOrderLists
{
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int listsStarted;

    /// <summary>Completes when the first list reaches the store.</summary>
    public Task FirstEntered => entered.Task;

    /// <summary>How many lists have reached the store.</summary>
    public int ListsStarted => Volatile.Read(ref listsStarted);

    public void Release() => released.TrySetResult();

    /// <summary>Wraps the app's customer order store; for <see cref="PipelineApp.StartAsync"/>'s <c>configure</c>.</summary>
    public void Install(IServiceCollection services)
    {
        var registered = services.Single(service => service.ServiceType == typeof(ICustomerOrderStore));
        services.Remove(registered);
        services.AddSingleton<ICustomerOrderStore>(provider =>
            new Store((ICustomerOrderStore)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!), this));
    }

    private sealed class Store(ICustomerOrderStore inner, HeldOrderLists held) : ICustomerOrderStore
    {
        public Task SaveAsync(CustomerOrder order, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken) =>
            inner.SaveAsync(order, events, cancellationToken);

        public Task<CustomerOrderHeader?> FindHeaderAsync(OrderType orderType, string id, CancellationToken cancellationToken) =>
            inner.FindHeaderAsync(orderType, id, cancellationToken);

        public Task<bool> TryUpdateHeaderAsync(CustomerOrderHeader header, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken) =>
            inner.TryUpdateHeaderAsync(header, events, cancellationToken);

        public Task<StoredOrder?> FindAsync(OrderType orderType, string id, CancellationToken cancellationToken) =>
            inner.FindAsync(orderType, id, cancellationToken);

        public async Task<OrderPage<StoredOrder>> ListAsync(OrderType orderType, OrderQuery query, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref held.listsStarted);
            held.entered.TrySetResult();
            await held.released.Task.WaitAsync(cancellationToken);
            return await inner.ListAsync(orderType, query, cancellationToken);
        }
    }
}
