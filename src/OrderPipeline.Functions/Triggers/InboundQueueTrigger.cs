using System.Text.Json;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage;
using OrderPipeline.Storage.InboundQueue;

namespace OrderPipeline.Functions.Triggers;

/// <summary>
/// The <c>ProcessInboundEntry</c> function, whichever trigger delivers the message: decode it and hand its entries
/// to the processor. Faults escape, so the trigger retries and finally moves the message to the poison queue;
/// a retried message finds its finished entries Done and leaves them be.
/// </summary>
public sealed class InboundQueueTrigger(InboundProcessor processor)
{
    public async Task<string> HandleAsync(string messageText, int dequeueCount, CancellationToken cancellationToken)
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

        var entryIds = message?.EntryIds ?? [];
        if (entryIds.Count == 0 || entryIds.Any(string.IsNullOrEmpty))
        {
            throw new FormatException("The queue message names no inbound entry id.");
        }

        var processing = entryIds.Select(id => processor.ProcessAsync(id, dequeueCount, cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(processing);
        }
        catch (Exception) when (processing.Count > 1)
        {
            // Every entry has been tried; the faults of those that failed escape together.
            throw new AggregateException(
                $"{processing.Count(task => !task.IsCompletedSuccessfully)} of {processing.Count} inbound entries failed.",
                processing.Where(task => task.IsFaulted).SelectMany(task => task.Exception!.InnerExceptions));
        }

        return string.Join(", ", processing.GroupBy(task => task.Result).Select(group => $"{group.Key} {group.Count()}"));
    }
}
