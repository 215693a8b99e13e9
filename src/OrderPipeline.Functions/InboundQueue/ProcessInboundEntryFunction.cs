using System.Text.Json;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage;
using OrderPipeline.Storage.InboundQueue;

namespace OrderPipeline.Functions.InboundQueue;

/// <summary>
/// <c>ProcessInboundEntry</c>: a message on <c>inbound-orders</c> names the entries to process. Faults escape, so the trigger
/// redelivers and, after <c>maxDequeueCount</c> deliveries, moves the message to <c>inbound-orders-poison</c>; the dequeue
/// count goes to the processor so that the last delivery still records Error with the reason. A redelivered message finds
/// its finished entries Done and leaves them be.
/// </summary>
public sealed partial class ProcessInboundEntryFunction(InboundProcessor processor, ILogger<ProcessInboundEntryFunction> logger)
{
    [Function(nameof(ProcessInboundEntry))]
    public async Task ProcessInboundEntry(
        [QueueTrigger(StorageNames.InboundQueueName, Connection = StorageServiceCollectionExtensions.ConnectionSetting)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        var pointer = Pointer(message.Body.ToString());
        var dequeueCount = (int)Math.Min(message.DequeueCount, int.MaxValue);
        var processing = pointer.EntryIds.Select(id => processor.ProcessAsync(id, dequeueCount, pointer.TraceParentOf(id), cancellationToken)).ToList();
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

        LogProcessed(message.MessageId, message.DequeueCount,
            string.Join(", ", processing.GroupBy(task => task.Result).Select(group => $"{group.Key} {group.Count()}")));
    }

    private static InboundMessage Pointer(string messageText)
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
        return entryIds.Count == 0 || entryIds.Any(string.IsNullOrEmpty)
            ? throw new FormatException("The queue message names no inbound entry id.")
            : message!;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} (delivery {DequeueCount}) processed: {Outcomes}")]
    private partial void LogProcessed(string messageId, long dequeueCount, string outcomes);
}
