namespace OrderPipeline.Domain.InboundQueue;

/// <summary>The trigger queue: one small message per entry, pointing at it.</summary>
public interface IInboundMessageQueue
{
    Task EnqueueAsync(string entryId, CancellationToken cancellationToken);
}
