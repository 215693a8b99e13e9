namespace OrderPipeline.Domain.Events;

/// <summary>Where one outbox row stands after a look.</summary>
/// <param name="Missing">The row was not there.</param>
/// <param name="NextLookAt">When a recipient is next due, for a row still pending; null once it is finished or missing.</param>
internal sealed record RowOutcome(string RowKey, bool Missing, DateTimeOffset? NextLookAt, int Delivered = 0, int Failed = 0, int GivenUp = 0)
{
    public static RowOutcome NotFound(string rowKey) => new(rowKey, Missing: true, NextLookAt: null);

    public static RowOutcome Finished(string rowKey, RowDecision? decision = null) =>
        new(rowKey, Missing: false, NextLookAt: null, decision?.Delivered ?? 0, decision?.Failed ?? 0, decision?.GivenUp.Count ?? 0);

    public static RowOutcome Pending(string rowKey, DateTimeOffset nextLookAt, RowDecision? decision = null) =>
        new(rowKey, Missing: false, nextLookAt, decision?.Delivered ?? 0, decision?.Failed ?? 0, decision?.GivenUp.Count ?? 0);
}
