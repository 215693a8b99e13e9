namespace OrderPipeline.Domain.InboundQueue;

/// <summary>
/// The trigger queue. A message names the entries accepted together; a small order travels with its entry, so that
/// processing it needs no read, a large one is only pointed at.
/// </summary>
public interface IInboundMessageQueue
{
    /// <summary>Queues an entry just accepted (its version as stored), with the order it holds.</summary>
    Task EnqueueAsync(InboundEntry accepted, string payload, CancellationToken cancellationToken);

    /// <summary>Queues a pointer to an entry (for a retry: what it holds is read when it is processed).</summary>
    Task EnqueueAsync(string entryId, CancellationToken cancellationToken);

    /// <summary>The entries a message's text names.</summary>
    /// <exception cref="FormatException">The text is not a message of this queue.</exception>
    IReadOnlyList<InboundDelivery> Read(string messageText);
}
