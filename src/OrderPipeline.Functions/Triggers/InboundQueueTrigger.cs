using System.Text.Json;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage;
using OrderPipeline.Storage.InboundQueue;

namespace OrderPipeline.Functions.Triggers;

/// <summary>
/// The <c>ProcessInboundEntry</c> function, whichever trigger delivers the message: decode it and hand the entry
/// to the processor. Faults escape, so the trigger retries and finally moves the message to the poison queue.
/// </summary>
public sealed class InboundQueueTrigger(InboundProcessor processor)
{
    public Task<ProcessOutcome> HandleAsync(string messageText, int dequeueCount, CancellationToken cancellationToken)
    {
        InboundMessage? message;
        try
        {
            message = JsonSerializer.Deserialize(messageText, StorageJsonContext.Default.InboundMessage);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The queue message is not an inbound entry pointer: {ex.Message}", ex);
        }

        if (message?.Id is not { Length: > 0 } entryId)
        {
            throw new FormatException("The queue message names no inbound entry id.");
        }

        return processor.ProcessAsync(entryId, dequeueCount, cancellationToken);
    }
}
