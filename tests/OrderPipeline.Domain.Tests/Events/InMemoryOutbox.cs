using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>Outbox rows in memory with versions as the ETag, and the messages the delivery schedules.</summary>
internal sealed class InMemoryOutbox : IEventOutbox
{
    private readonly Dictionary<string, PendingEvent> rows = [];
    private int versions;

    public static OutboxBatch BatchOf(DateTimeOffset recordedAt, params string[] rowKeys) => new("Orders", "p1", rowKeys, recordedAt);

    /// <summary>Messages scheduled, in order: the rows each names and how long it stays hidden.</summary>
    public List<(OutboxBatch Batch, TimeSpan Delay)> Scheduled { get; } = [];

    /// <summary>Runs once, between the next read and the write after it: another deliverer's change to the row.</summary>
    public Action<InMemoryOutbox>? BeforeNextWrite { get; set; }

    public int Writes { get; private set; }

    public string Add(OrderEvent orderEvent, params RecipientProgress[] recipients)
    {
        var rowKey = "event|" + orderEvent.EventId;
        rows[rowKey] = new PendingEvent(rowKey, orderEvent, recipients, NextVersion());
        return rowKey;
    }

    public PendingEvent? Row(string rowKey) => rows.GetValueOrDefault(rowKey);

    /// <summary>Changes a row as another writer would: a new version.</summary>
    public void Change(string rowKey, Func<PendingEvent, PendingEvent> change) =>
        rows[rowKey] = change(rows[rowKey]) with { Version = NextVersion() };

    public void Remove(string rowKey) => rows.Remove(rowKey);

    public OutboxBatch Read(string messageText) => throw new NotSupportedException();

    public Task<PendingEvent?> FindAsync(OutboxBatch batch, string rowKey, CancellationToken cancellationToken) =>
        Task.FromResult(rows.GetValueOrDefault(rowKey));

    public Task<bool> TryUpdateAsync(OutboxBatch batch, PendingEvent pending, CancellationToken cancellationToken)
    {
        Interfere();
        if (!rows.TryGetValue(pending.RowKey, out var stored) || stored.Version != pending.Version) return Task.FromResult(false);
        rows[pending.RowKey] = pending with { Version = NextVersion() };
        Writes++;
        return Task.FromResult(true);
    }

    public Task<bool> TryDeleteAsync(OutboxBatch batch, PendingEvent pending, CancellationToken cancellationToken)
    {
        Interfere();
        if (rows.TryGetValue(pending.RowKey, out var stored) && stored.Version != pending.Version) return Task.FromResult(false);
        rows.Remove(pending.RowKey);
        Writes++;
        return Task.FromResult(true);
    }

    public Task ScheduleAsync(OutboxBatch batch, TimeSpan delay, CancellationToken cancellationToken)
    {
        Scheduled.Add((batch, delay));
        return Task.CompletedTask;
    }

    private void Interfere()
    {
        var interference = BeforeNextWrite;
        BeforeNextWrite = null;
        interference?.Invoke(this);
    }

    private string NextVersion() => (++versions).ToString();
}
