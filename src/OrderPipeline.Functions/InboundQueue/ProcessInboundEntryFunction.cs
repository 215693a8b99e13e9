using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Storage;

namespace OrderPipeline.Functions.InboundQueue;

/// <summary>
/// <c>ProcessInboundEntry</c>: a message on <c>inbound-orders</c> names the entries to process. Faults escape, so the trigger
/// redelivers and, after <c>maxDequeueCount</c> deliveries, moves the message to <c>inbound-orders-poison</c>; the dequeue
/// count goes to the processor so that the last delivery still records Error with the reason. A redelivered message finds
/// its finished entries Done and leaves them be.
/// </summary>
public sealed partial class ProcessInboundEntryFunction(
    InboundProcessor processor, IInboundMessageQueue messages, ILogger<ProcessInboundEntryFunction> logger)
{
    [Function(nameof(ProcessInboundEntry))]
    public async Task ProcessInboundEntry(
        [QueueTrigger(StorageNames.InboundQueueName, Connection = StorageServiceCollectionExtensions.ConnectionSetting)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        var deliveries = messages.Read(message.Body.ToString());
        var dequeueCount = (int)Math.Min(message.DequeueCount, int.MaxValue);
        var processing = deliveries.Select(delivery => processor.ProcessAsync(delivery, dequeueCount, cancellationToken)).ToList();
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} (delivery {DequeueCount}) processed: {Outcomes}")]
    private partial void LogProcessed(string messageId, long dequeueCount, string outcomes);
}
