using Microsoft.Extensions.Logging.Abstractions;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Tests.ReferenceData;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>An <see cref="EventDelivery"/> over in-memory ports and a manual clock, with one recorded event at hand.</summary>
internal sealed class DeliveryFixture
{
    public const string ListenerA = "http://listener-a.example/hub";
    public const string ListenerB = "http://listener-b.example/hub";

    public DeliveryFixture(HubOptions? options = null)
    {
        Options = new SettableOptionsMonitor<HubOptions>(options ?? new HubOptions
        {
            FirstRetryDelay = TimeSpan.FromSeconds(5),
            MaxRetryDelay = TimeSpan.FromMinutes(10),
            MaxAttempts = 10,
        });
        Delivery = new EventDelivery(Outbox, Sender, Undelivered, Listeners.Hub(Clock), Options, Clock, NullLogger<EventDelivery>.Instance);
    }

    public ManualClock Clock { get; } = new();
    public InMemoryOutbox Outbox { get; } = new();
    public ScriptedSender Sender { get; } = new();
    public InMemoryUndeliveredEvents Undelivered { get; } = new();

    /// <summary>The hubs' listeners: <see cref="Record"/> registers each recipient it records.</summary>
    public InMemoryHubListenerStore Listeners { get; } = new();
    public SettableOptionsMonitor<HubOptions> Options { get; }
    public EventDelivery Delivery { get; }

    public static OrderEvent Event(string eventId = "e-1") => new(
        eventId, "ProductOrderCreateEvent", new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), OrderType.Product,
        $$$$"""{"eventId":"{{{{eventId}}}}","eventTime":"2026-11-23T12:00:00Z","eventType":"ProductOrderCreateEvent","event":{"productOrder":{"id":"o-1"}}}""");

    /// <summary>Records <paramref name="orderEvent"/> for the callbacks (listener ids "A", "B", …) and returns its batch, recorded just now.</summary>
    public OutboxBatch Record(OrderEvent orderEvent, params string[] callbacks)
    {
        var recipients = callbacks.Select((callback, i) => new RecipientProgress(((char)('A' + i)).ToString(), callback)).ToArray();
        foreach (var recipient in recipients)
        {
            Listeners.AddAsync(new HubListener(recipient.ListenerId, orderEvent.OrderType, recipient.Callback, null, Clock.GetUtcNow()), CancellationToken.None);
        }

        return InMemoryOutbox.BatchOf(Clock.GetUtcNow(), Outbox.Add(orderEvent, recipients));
    }

    public Task<DeliveryReport> LookAsync(OutboxBatch batch) => Delivery.DeliverAsync(batch, CancellationToken.None);

    /// <summary>Moves the clock to when the last scheduled message becomes visible, and delivers it.</summary>
    public Task<DeliveryReport> LookAgainAsync()
    {
        var (batch, delay) = Outbox.Scheduled[^1];
        Clock.Advance(delay);
        return LookAsync(batch);
    }
}
