namespace OrderPipeline.Domain.Events;

/// <summary>Events given up on, per listener, for the admin to see.</summary>
public interface IUndeliveredEvents
{
    /// <summary>Records that <paramref name="undelivered"/> was not delivered; recording the same event for the same listener again replaces it.</summary>
    Task RecordAsync(UndeliveredEvent undelivered, CancellationToken cancellationToken);

    /// <summary>Undelivered events, newest first, paged.</summary>
    Task<UndeliveredEventPage> ListAsync(int offset, int limit, CancellationToken cancellationToken);
}
