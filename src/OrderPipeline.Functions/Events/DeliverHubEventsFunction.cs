using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using OrderPipeline.Domain.Events;
using OrderPipeline.Storage;

namespace OrderPipeline.Functions.Events;

/// <summary>
/// <c>DeliverHubEvents</c>: a message on <c>hub-events</c> names outbox rows whose events are to be posted to hub listeners.
/// A listener's failure is data (a retry scheduled, or the event recorded as undelivered); only storage faults escape,
/// so the trigger delivers the message again and, after <c>maxDequeueCount</c> deliveries, moves it to <c>hub-events-poison</c>.
/// </summary>
public sealed partial class DeliverHubEventsFunction(EventDelivery delivery, IEventOutbox outbox, ILogger<DeliverHubEventsFunction> logger)
{
    [Function(nameof(DeliverHubEvents))]
    public async Task DeliverHubEvents(
        [QueueTrigger(StorageNames.HubEventsQueueName, Connection = StorageServiceCollectionExtensions.ConnectionSetting)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        var report = await delivery.DeliverAsync(outbox.Read(message.Body.ToString()), cancellationToken);
        LogDelivered(message.MessageId, message.DequeueCount, report);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} (delivery {DequeueCount}) looked at: {Report}")]
    private partial void LogDelivered(string messageId, long dequeueCount, DeliveryReport report);
}
