namespace OrderPipeline.Domain.Events;

/// <summary>One page of undelivered events, newest first, and how many there are in all.</summary>
public sealed record UndeliveredEventPage(IReadOnlyList<UndeliveredEvent> Events, int TotalCount);
