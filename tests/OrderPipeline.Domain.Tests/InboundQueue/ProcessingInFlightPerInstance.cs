using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Telemetry;

namespace OrderPipeline.Domain.Tests.InboundQueue;

/// <summary>However many entries the trigger hands over, one instance processes at most <c>MaxInFlight</c> at once.</summary>
public sealed class ProcessingInFlightPerInstance
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task NoMoreEntriesAreProcessedAtOnceThanTheSettingAllows(int maxInFlight)
    {
        var orders = new SlowOrderStore();
        var store = new InMemoryEntryStore();
        var ids = Enumerable.Range(0, 12).Select(_ => store.Accept(OrderIds.New())).ToList();
        var processor = new InboundProcessor(store, orders, new Events.InMemoryHubListenerStore().Hub(), Options.Create(new InboundQueueOptions { MaxInFlight = maxInFlight }),
            TimeProvider.System, new OrderMetrics(new UnlistenedMeters()), NullLogger<InboundProcessor>.Instance);

        var outcomes = await Task.WhenAll(ids.Select(id => processor.ProcessAsync(id, deliveryCount: 1, CancellationToken.None)));

        Assert.All(outcomes, outcome => Assert.Equal(ProcessOutcome.Done, outcome));
        Assert.Equal(12, orders.Saved);
        Assert.Equal(maxInFlight, orders.MostAtOnce);
    }

    private sealed class SlowOrderStore : ICustomerOrderStore
    {
        private int current;
        private int most;
        private int saved;

        public int MostAtOnce => most;
        public int Saved => saved;

        public async Task SaveAsync(CustomerOrder order, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref current);
            InterlockedMax(ref most, now);
            await Task.Delay(20, cancellationToken);
            Interlocked.Decrement(ref current);
            Interlocked.Increment(ref saved);
        }

        public Task<StoredOrder?> FindAsync(OrderType orderType, string id, CancellationToken cancellationToken) => Task.FromResult<StoredOrder?>(null);

        public Task<OrderPage<StoredOrder>> ListAsync(OrderType orderType, OrderQuery query, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<CustomerOrderHeader?> FindHeaderAsync(OrderType orderType, string id, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<bool> TryUpdateHeaderAsync(CustomerOrderHeader header, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }

    private sealed class InMemoryEntryStore : IInboundEntryStore
    {
        private static readonly string Order = OrderJson.Baseline().ToJsonString();
        private readonly ConcurrentDictionary<string, (InboundEntry Entry, int Version)> entries = new();

        public string Accept(string id)
        {
            var entry = InboundEntry.Accept(id, OrderType.Product, null, "test", DateTimeOffset.UtcNow);
            entry.MarkPersisted("1");
            entries[id] = (entry, 1);
            return id;
        }

        public Task<InboundEntry?> FindAsync(string id, CancellationToken cancellationToken)
        {
            var (entry, version) = entries[id];
            return Task.FromResult<InboundEntry?>(InboundEntry.Rehydrate(entry.Id, entry.OrderType, entry.ExternalId, entry.Source, entry.State,
                entry.Attempts, entry.CreatedAt, entry.UpdatedAt, entry.LeaseUntil, entry.OrderId, entry.Error, entry.History, version.ToString()));
        }

        public Task<bool> TryUpdateAsync(InboundEntry entry, IReadOnlyList<RoutedEvent> events, CancellationToken cancellationToken)
        {
            var (_, version) = entries[entry.Id];
            if (entry.Version != version.ToString()) return Task.FromResult(false);
            entries[entry.Id] = (entry, version + 1);
            entry.MarkPersisted((version + 1).ToString());
            return Task.FromResult(true);
        }

        public Task<string> ReadPayloadAsync(InboundEntry entry, CancellationToken cancellationToken) => Task.FromResult(Order);

        public Task<bool> AddAsync(InboundEntry entry, string payload, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<InboundEntryPage> ListAsync(InboundState? state, int offset, int limit, bool newestFirst, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<InboundState, int>> CountByStateAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<string>> FindStalledAsync(DateTimeOffset newBefore, DateTimeOffset now, int max, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<int> PurgeDoneAsync(DateTimeOffset doneBefore, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool?> TryDeleteFailedAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class UnlistenedMeters : IMeterFactory
    {
        public Meter Create(MeterOptions options) => new(options);

        public void Dispose()
        {
        }
    }
}
